using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Wakes the dispatcher of <typeparamref name="TContext"/> when this instance committed outbox rows,
/// so dispatch starts right after the commit instead of at the next sweep. Signals coalesce.
/// </summary>
public sealed class OutboxSignal<TContext> where TContext : DbContext
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wake.Writer.TryWrite(true);

    /// <returns>True when signalled, false when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.WaitToReadAsync(timer.Token);
            return _wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
