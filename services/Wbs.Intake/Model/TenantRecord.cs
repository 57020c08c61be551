namespace Wbs.Intake.Model;

/// <summary>One tenant of the registry: its profile as JSON (public data, not encrypted) and a version counting its changes.</summary>
public sealed class TenantRecord
{
    public required string Slug { get; set; }
    public required string Kind { get; set; }
    public required string Profile { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
