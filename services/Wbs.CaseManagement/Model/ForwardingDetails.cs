namespace Wbs.CaseManagement.Model;

/// <summary>What staff chose when forwarding, kept sealed so the package can be rebuilt.</summary>
public sealed record ForwardingDetails(IReadOnlyList<Redaction> Redactions, string? Note);
