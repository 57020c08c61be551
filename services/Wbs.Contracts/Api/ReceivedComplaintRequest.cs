namespace Wbs.Contracts.Api;

/// <summary>
/// A report received outside the web (API.md "Case work"): the complaint body plus how and when it came.
/// Staff enter it; the complaint code in the answer is handed to the reporter.
/// </summary>
public sealed record ReceivedComplaintRequest(
    string? ReporterType,
    string? Category,
    string? Title,
    string? What,
    string? Where,
    string? When,
    string? Who,
    string? How,
    IReadOnlyList<Guid>? EvidenceIds,
    IdentityRequest? Identity,
    string? Channel,
    DateTimeOffset? ReceivedAt);
