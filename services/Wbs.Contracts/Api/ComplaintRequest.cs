namespace Wbs.Contracts.Api;

/// <summary>The complaint body of API.md (4W+1H, category, reporter type, evidence, optional sealed identity).</summary>
public record ComplaintRequest
{
    public string? ReporterType { get; init; }
    public string? Category { get; init; }
    public string? Title { get; init; }
    public string? What { get; init; }
    public string? Where { get; init; }
    public string? When { get; init; }
    public string? Who { get; init; }
    public string? How { get; init; }
    public IReadOnlyList<Guid>? EvidenceIds { get; init; }
    public IdentityRequest? Identity { get; init; }

    /// <summary>What a reporter wrote never reaches a log line through the record's generated text.</summary>
    public sealed override string ToString() => GetType().Name;
}
