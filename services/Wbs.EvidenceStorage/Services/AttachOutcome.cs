namespace Wbs.EvidenceStorage.Services;

/// <param name="Invalid">Ids unknown to the tenant or attached to another complaint.</param>
/// <param name="Attached">Every valid file, now part of the complaint (newly or before).</param>
public sealed record AttachOutcome(IReadOnlyList<Guid> Invalid, IReadOnlyList<EvidenceFile> Attached);
