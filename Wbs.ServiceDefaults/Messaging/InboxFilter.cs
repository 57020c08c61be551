using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Idempotent consumption for every consumer registered with
/// <see cref="InboxExtensions.AddInboxConsumer{TConsumer, TContext}"/>: a message id this consumer has handled
/// before is acknowledged and dropped; otherwise its inbox row joins the consumer's unit of work (the scoped
/// <typeparamref name="TContext"/>), so it commits with the consumer's own changes or not at all. Two
/// concurrent deliveries collide on the inbox key at <c>SaveChanges</c>, and the retry sees the first one.
/// The inbox is looked up only for a delivery that may repeat an earlier one: the broker's redelivery of a message
/// left unacknowledged, or a retry after a failed attempt. A first delivery skips that round trip (three of the
/// statements a submission costs PostgreSQL, one per consumer); should it repeat a message handled before (an
/// outbox row published again after a crash), it collides with the inbox key just as a concurrent one does.
/// A message the consumer <see cref="IIgnoresSome{TMessage}">ignores</see> is acknowledged without either.
/// </summary>
public sealed class InboxFilter<TContext, TConsumer, TMessage> : IFilter<ConsumerConsumeContext<TConsumer, TMessage>>
    where TContext : DbContext
    where TConsumer : class
    where TMessage : class
{
    // The one key scheme: the consumer's type name, whatever its queue is called in this deployment.
    private static readonly string Consumer = typeof(TConsumer).Name;

    public async Task Send(ConsumerConsumeContext<TConsumer, TMessage> context, IPipe<ConsumerConsumeContext<TConsumer, TMessage>> next)
    {
        if (context.Consumer is IIgnoresSome<TMessage> consumer && consumer.Ignores(context.Message))
        {
            return;
        }
        var messageId = context.MessageId ?? throw new InvalidOperationException("Messages must carry a MessageId.");
        var services = context.GetPayload<IServiceProvider>();
        var db = services.GetRequiredService<TContext>();
        var inbox = db.Set<InboxMessage>();
        var mayRepeat = context.ReceiveContext.Redelivered || context.GetRetryAttempt() > 0;
        if (mayRepeat && await inbox.AnyAsync(m => m.MessageId == messageId && m.Consumer == Consumer, context.CancellationToken))
        {
            return;
        }
        var row = inbox.Add(new InboxMessage
        {
            MessageId = messageId,
            Consumer = Consumer,
            HandledAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        });

        await next.Send(context);

        // A consumer that had nothing to write still marks the message handled.
        if (row.State == EntityState.Added)
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
