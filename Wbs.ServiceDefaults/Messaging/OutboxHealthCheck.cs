using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// Degraded while quarantined outbox rows wait for the ops team, or while events queue far longer
/// than a dispatch takes (the broker is unreachable): the dashboard shows it before users notice.
/// </summary>
public sealed class OutboxHealthCheck<TContext>(IServiceScopeFactory scopes, TimeProvider clock) : IHealthCheck where TContext : DbContext
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<TContext>().Set<OutboxMessage>();
        var quarantined = await outbox.CountAsync(m => m.QuarantinedAt != null, cancellationToken);
        var staleBefore = clock.GetUtcNow() - Stale;
        var stale = await outbox.CountAsync(m => m.DispatchedAt == null && m.QuarantinedAt == null && m.OccurredAt < staleBefore, cancellationToken);
        var data = new Dictionary<string, object> { ["quarantined"] = quarantined, ["waitingOverAMinute"] = stale };
        return quarantined + stale == 0
            ? HealthCheckResult.Healthy(data: data)
            : HealthCheckResult.Degraded($"{quarantined} quarantined, {stale} waiting over a minute", data: data);
    }
}
