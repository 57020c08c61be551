namespace Wbs.CaseManagement.Infrastructure;

/// <summary>A copy of forwarded evidence, as the destination tenant holds it (its name stays sealed in EvidenceStorage).</summary>
public sealed record ForwardedEvidence(Guid EvidenceId, long Size);
