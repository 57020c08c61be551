using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Hosting;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>Deletes dispatched outbox rows and handled inbox rows past the retention, every <c>Outbox:PruneEvery</c>.</summary>
public sealed class OutboxPruner<TContext>(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider clock,
    ILogger<OutboxPruner<TContext>> logger) : PeriodicJob(clock, logger) where TContext : DbContext
{
    protected override TimeSpan Interval => options.Value.PruneEvery;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var (outbox, inbox) = await PruneAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            Logger.LogInformation("Pruned {Outbox} dispatched outbox rows and {Inbox} inbox rows", outbox, inbox);
        }
    }

    public async Task<(int Outbox, int Inbox)> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = Clock.GetUtcNow() - options.Value.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var outbox = await db.Set<OutboxMessage>().Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>().Where(m => m.HandledAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return (outbox, inbox);
    }
}
