namespace Wbs.Hosting.Orchestration;

/// <summary>What is known about one resource right now (the dashboard's row).</summary>
public sealed class ResourceState(string name, string kind)
{
    public string Name { get; } = name;
    public string Kind { get; } = kind;
    public ResourceStatus Status { get; internal set; } = ResourceStatus.Pending;
    public int? ProcessId { get; internal set; }
    public int? Port { get; internal set; }
    public string? Url { get; internal set; }
    public int Restarts { get; internal set; }
    public int? LastExitCode { get; internal set; }
    public DateTimeOffset? StartedAt { get; internal set; }
    /// <summary>When the current process first answered its health check.</summary>
    public DateTimeOffset? BecameHealthyAt { get; internal set; }
    public DateTimeOffset? NextRestartAt { get; internal set; }
    /// <summary>The last health report (body of /health, or the error).</summary>
    public string? Health { get; internal set; }
    public DateTimeOffset? HealthCheckedAt { get; internal set; }
    public LogBuffer Logs { get; } = new();
}
