using Wbs.ServiceDefaults.Hosting;

namespace Wbs.Intake.Services;

/// <summary>Deletes expired idempotent answers (they hold sealed complaint codes) every few minutes.</summary>
public sealed class IdempotencyJanitor(IServiceScopeFactory scopes, TimeProvider clock, ILogger<IdempotencyJanitor> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = Clock.GetUtcNow();
        var deleted = await db.IdempotencyRecords.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            Logger.LogInformation("Deleted {Count} expired idempotent answers", deleted);
        }
    }
}
