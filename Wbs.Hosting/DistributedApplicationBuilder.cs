using Microsoft.Extensions.Configuration;
using Wbs.Hosting.ApplicationModel;
using Wbs.Hosting.Infrastructure;

namespace Wbs.Hosting;

/// <summary>Describes the distributed application: its resources, how they reference each other, and hooks.</summary>
public sealed class DistributedApplicationBuilder
{
    private readonly List<IResource> _resources = [];

    internal DistributedApplicationBuilder(DistributedApplicationOptions options)
    {
        Configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(options.Args).Build();
        RepositoryRoot = Path.GetFullPath(options.RepositoryRoot ?? RepositoryLocator.FindRoot());
        DataDirectory = Path.GetFullPath(options.DataDirectory
            ?? NonEmpty(Configuration["WBS_DATA_DIR"])
            ?? Path.Combine(RepositoryRoot, ".wbs"));
        EnvironmentName = options.EnvironmentName
            ?? NonEmpty(Configuration["ASPNETCORE_ENVIRONMENT"])
            ?? NonEmpty(Configuration["DOTNET_ENVIRONMENT"])
            ?? "Development";
        BuildConfiguration = NonEmpty(Configuration["WBS_BUILD_CONFIGURATION"]) ?? "Debug";
        Directory.CreateDirectory(DataDirectory);
    }

    public IConfiguration Configuration { get; }
    public string RepositoryRoot { get; }
    public string DataDirectory { get; }
    public string EnvironmentName { get; }
    public bool IsDevelopment => string.Equals(EnvironmentName, "Development", StringComparison.OrdinalIgnoreCase);
    public string BuildConfiguration { get; }
    public IReadOnlyList<IResource> Resources => _resources;
    public IList<IDistributedApplicationLifecycleHook> LifecycleHooks { get; } = [];

    /// <summary>Where projects export telemetry (OTLP/HTTP); none when null.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How long a project may take to answer <c>/health</c> with 200 after it starts.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>A process that stays up this long is considered stable: its restart back-off starts again at 1 s.</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromSeconds(30);

    public SecretStore Secrets => _secrets ??= new SecretStore(Path.Combine(DataDirectory, "secrets"));
    private SecretStore? _secrets;

    /// <summary>A port from configuration (environment variable), else <paramref name="defaultPort"/>.</summary>
    public int GetPort(string key, int defaultPort) =>
        int.TryParse(Configuration[key], out var port) && port is > 0 and < 65536 ? port : defaultPort;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(r => string.Equals(r.Name, resource.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    public DistributedApplication Build()
    {
        var projects = _resources.OfType<ProjectResource>().ToList();
        var taken = new HashSet<int>(_resources.OfType<PostgresServerResource>().Select(p => p.Port)
            .Concat(_resources.OfType<RabbitMQServerResource>().SelectMany(r => new[] { r.Port, r.ManagementPort }))
            .Concat(projects.Where(p => p.Port is not null).Select(p => p.Port!.Value)));
        foreach (var project in projects.Where(p => p.Port is null))
        {
            int port;
            do
            {
                port = PortAllocator.GetFreePort();
            }
            while (!taken.Add(port));
            project.Port = port;
        }
        CheckForCycles(projects);
        return new DistributedApplication(this);
    }

    public static IEnumerable<IResource> DependenciesOf(IResource resource) => resource switch
    {
        ProjectResource project => project.WaitsFor.Select(d => d is PostgresDatabaseResource db ? db.Parent : d),
        PostgresDatabaseResource database => [database.Parent],
        _ => [],
    };

    private static void CheckForCycles(IEnumerable<ProjectResource> projects)
    {
        var done = new HashSet<IResource>();
        void Visit(IResource resource, List<IResource> path)
        {
            if (path.Contains(resource))
            {
                var cycle = string.Join(" → ", path.SkipWhile(r => r != resource).Append(resource).Select(r => r.Name));
                throw new InvalidOperationException($"Start-order cycle: {cycle}. Use WithReference(x, waitFor: false) on one side.");
            }
            if (!done.Add(resource))
            {
                return;
            }
            path.Add(resource);
            foreach (var dependency in DependenciesOf(resource))
            {
                Visit(dependency, path);
            }
            path.RemoveAt(path.Count - 1);
        }
        foreach (var project in projects)
        {
            Visit(project, []);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
