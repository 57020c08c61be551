namespace Wbs.Hosting;

public sealed record DistributedApplicationOptions
{
    public string[] Args { get; init; } = [];
    /// <summary>Defaults to the folder holding Wbs.sln above the current directory.</summary>
    public string? RepositoryRoot { get; init; }
    /// <summary>Defaults to <c>WBS_DATA_DIR</c>, else <c>.wbs</c> under the repository root.</summary>
    public string? DataDirectory { get; init; }
    /// <summary>Defaults to <c>ASPNETCORE_ENVIRONMENT</c>/<c>DOTNET_ENVIRONMENT</c>, else Development.</summary>
    public string? EnvironmentName { get; init; }
}
