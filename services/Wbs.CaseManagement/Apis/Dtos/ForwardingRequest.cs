namespace Wbs.CaseManagement.Apis.Dtos;

/// <summary><c>to</c>: <c>lapor</c>, <c>kpk</c>, <c>apip</c> or <c>tenant:&lt;slug&gt;</c>; <c>evidenceIds</c>: the case's evidence to share.</summary>
public sealed record ForwardingRequest(string? To, IReadOnlyList<Guid>? EvidenceIds, IReadOnlyList<RedactionRequest>? Redactions, string? Note);

/// <summary>Every occurrence of <c>text</c> in the report's <c>field</c> (title, what, where, when, who, how) is blacked out.</summary>
public sealed record RedactionRequest(string? Field, string? Text);
