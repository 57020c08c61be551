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
}
