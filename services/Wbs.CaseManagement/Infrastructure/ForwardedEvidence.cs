namespace Wbs.CaseManagement.Infrastructure;

/// <summary>A copy of forwarded evidence, as the destination tenant holds it.</summary>
public sealed record ForwardedEvidence(Guid EvidenceId, string FileName, long Size);
