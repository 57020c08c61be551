namespace Wbs.Contracts.Api;

/// <summary>The complaint body of API.md (4W+1H, category, reporter type, evidence, optional sealed identity).</summary>
public sealed record ComplaintRequest(
    string? ReporterType,
    string? Category,
    string? Title,
    string? What,
    string? Where,
    string? When,
    string? Who,
    string? How,
    IReadOnlyList<Guid>? EvidenceIds,
    IdentityRequest? Identity);
