using System.Collections.Concurrent;
using MassTransit;

namespace Wbs.TestSupport;

/// <summary>
/// Counts finished consumptions per message id (connect it to a service's bus), so a test knows a duplicate
/// was really delivered and handled or dropped: the signal to assert on instead of a sleep.
/// </summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _handled = new();

    public int Handled(Guid messageId) => _handled.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _handled.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
