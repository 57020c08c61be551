namespace Wbs.ServiceDefaults.Messaging;

/// <summary>An integration event waiting in the publisher's own database until it reaches the broker.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>A dispatcher holds the row until then; past it, another may take the row over.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    /// <summary>Set when the row can never be published (unknown type, unreadable body); it is left for the ops team.</summary>
    public DateTimeOffset? QuarantinedAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// The W3C <c>traceparent</c> of the work that wrote the row (a report's request, a consumer), so the event's
    /// publish and its consumers continue that trace instead of starting one at the dispatcher. Null outside a trace.
    /// </summary>
    public string? TraceParent { get; set; }
}
