namespace Wbs.Hosting.ApplicationModel;

/// <summary>What a project's environment depends on besides its own references.</summary>
public sealed record ProjectEnvironmentContext
{
    public required string EnvironmentName { get; init; }
    /// <summary>The dashboard's OTLP/HTTP receiver; no OTEL_EXPORTER_* variables when null.</summary>
    public string? OtlpEndpoint { get; init; }
    public string InstanceId { get; init; } = Guid.NewGuid().ToString("N")[..8];
}
