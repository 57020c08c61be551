namespace Wbs.TestSupport.Infrastructure;

public sealed record PostgresOptions
{
    /// <summary>Where the cluster lives. Kept between runs: a second start finds the same data.</summary>
    public required string DataDirectory { get; init; }
    public required int Port { get; init; }
    public string User { get; init; } = "wbs";
    public required string Password { get; init; }
    /// <summary>Off for throwaway test clusters: fsync and full-page writes cost time and buy nothing there.</summary>
    public bool Durable { get; init; } = true;
}
