namespace Wbs.Hosting.ApplicationModel;

/// <summary>
/// A .NET project of the repository, run as <c>dotnet bin/&lt;Configuration&gt;/net10.0/&lt;Project&gt;.dll</c>
/// from its own folder, configured only through environment variables (Aspire's conventions).
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory, string assemblyPath) : IResource
{
    private readonly List<IResource> _references = [];
    private readonly List<IResource> _waitFor = [];
    private readonly List<KeyValuePair<string, string>> _environment = [];

    public string Name { get; } = name;
    public string ProjectDirectory { get; } = projectDirectory;
    public string AssemblyPath { get; } = assemblyPath;

    /// <summary>The HTTP port on 127.0.0.1; a free one is picked at build time unless fixed.</summary>
    public int? Port { get; set; }
    public bool IsPortFixed { get; set; }

    public IReadOnlyList<IResource> References => _references;
    /// <summary>Resources that must be healthy before this project starts.</summary>
    public IReadOnlyList<IResource> WaitsFor => _waitFor;
    public IReadOnlyList<KeyValuePair<string, string>> Environment => _environment;

    public string Url => $"http://127.0.0.1:{Port ?? throw new InvalidOperationException($"No port assigned to '{Name}' yet.")}";

    internal void AddReference(IResource resource)
    {
        if (!_references.Contains(resource))
        {
            _references.Add(resource);
        }
    }

    internal void AddWaitFor(IResource resource)
    {
        if (!_waitFor.Contains(resource) && !ReferenceEquals(resource, this))
        {
            _waitFor.Add(resource);
        }
    }

    internal void SetEnvironment(string key, string value)
    {
        _environment.RemoveAll(e => e.Key == key);
        _environment.Add(new(key, value));
    }

    /// <summary>Every variable the process gets, in a stable order (explicit ones win).</summary>
    public IReadOnlyDictionary<string, string> GetEnvironment(ProjectEnvironmentContext context)
    {
        var env = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Url,
            ["ASPNETCORE_ENVIRONMENT"] = context.EnvironmentName,
            ["DOTNET_ENVIRONMENT"] = context.EnvironmentName,
            ["OTEL_SERVICE_NAME"] = Name,
            ["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={Name}-{context.InstanceId}",
        };
        if (context.OtlpEndpoint is { } otlp)
        {
            env["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
            env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
            // Aspire's defaults: the dashboard should show what happened a second ago, not 5 s ago.
            env["OTEL_BSP_SCHEDULE_DELAY"] = "1000";
            env["OTEL_BLRP_SCHEDULE_DELAY"] = "1000";
            env["OTEL_METRIC_EXPORT_INTERVAL"] = "5000";
        }
        foreach (var reference in _references)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnection:
                    env[$"ConnectionStrings__{withConnection.ConnectionStringName}"] = withConnection.GetConnectionString();
                    break;
                case ProjectResource project:
                    env[$"services__{project.Name}__http__0"] = project.Url;
                    break;
                default:
                    throw new InvalidOperationException($"'{Name}' cannot reference '{reference.Name}' ({reference.GetType().Name}).");
            }
        }
        foreach (var (key, value) in _environment)
        {
            env[key] = value;
        }
        return env;
    }
}
