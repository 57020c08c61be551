namespace Wbs.ServiceDefaults.Messaging;

/// <summary>A message a consumer has handled; its key makes a second delivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Consumer { get; set; }
    public DateTimeOffset HandledAt { get; set; }
}
