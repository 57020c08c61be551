namespace Wbs.Contracts.Api;

/// <summary><c>to</c>: <c>lapor</c>, <c>kpk</c>, <c>apip</c> or <c>tenant:&lt;slug&gt;</c>; <c>evidenceIds</c>: the case's evidence to share.</summary>
public sealed record ForwardingRequest(string? To, IReadOnlyList<Guid>? EvidenceIds, IReadOnlyList<RedactionRequest>? Redactions, string? Note);
