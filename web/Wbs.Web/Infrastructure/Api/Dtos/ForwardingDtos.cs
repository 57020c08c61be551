namespace Wbs.Web.Infrastructure.Api.Dtos;

/// <summary><c>to</c>: <c>lapor</c>, <c>kpk</c>, <c>apip</c> or <c>tenant:&lt;slug&gt;</c>.</summary>
public sealed record ForwardingRequest(string To, IReadOnlyList<Guid> EvidenceIds, IReadOnlyList<RedactionRequest> Redactions, string? Note);

/// <summary>Every occurrence of <c>Text</c> in the report's <c>Field</c> is blacked out in what is shared.</summary>
public sealed record RedactionRequest(string Field, string Text);

public sealed record ForwardingCreated(Guid ForwardingId, string? DestinationTrackingNumber);

public sealed record ForwardingItem(Guid ForwardingId, string To, string ToName, string? DestinationTrackingNumber,
    IReadOnlyList<Guid> EvidenceIds, int Redactions, DateTimeOffset CreatedAt, string? ActorName);
