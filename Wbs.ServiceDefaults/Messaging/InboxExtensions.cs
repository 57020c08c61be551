using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

public static class InboxExtensions
{
    /// <summary>
    /// Records that <paramref name="consumer"/> handles this message, in the caller's unit of work.
    /// Returns false when it was handled before: the caller then does nothing. Two concurrent
    /// deliveries collide on the inbox key at <c>SaveChanges</c>, and the retry sees the first one.
    /// </summary>
    public static async Task<bool> TryStartHandlingAsync(this DbContext db, ConsumeContext context, string consumer, DateTimeOffset now)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("Messages must carry a MessageId.");
        var seen = await db.Set<InboxMessage>()
            .AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken);
        if (seen)
        {
            return false;
        }
        db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, HandledAt = now });
        return true;
    }
}
