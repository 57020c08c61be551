namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Throttles complaint-code guessing. A code has 90 bits of entropy, so guessing is hopeless
/// anyway; this limiter makes mass guessing visibly futile and cheap to absorb. Design:
/// <list type="bullet">
/// <item>Codes are tried without a username, so there is no per-user counter to lock; and we
/// keep no IP address. The limit is therefore tenant-wide: at most
/// <see cref="CodeGuessingOptions.MaxFailures"/> failed look-ups per tenant in a sliding
/// <see cref="CodeGuessingOptions.Window"/>; past it every code session of that tenant answers 429
/// (before the code is looked up, so a throttled attempt learns nothing) until old failures
/// slide out of the window.</item>
/// <item>The window is approximated by ten buckets (rows keyed by tenant and bucket start) in
/// PostgreSQL, incremented with an atomic upsert, so several instances share one count.</item>
/// <item>The price is that an attack on one tenant also delays honest code holders of that tenant
/// for a few minutes; account sign-in and report submission keep working, and the gateway's
/// per-client rate limits slow an attacker first.</item>
/// </list>
/// </summary>
public sealed class CodeGuessLimiter(IdentityDbContext db, TimeProvider clock, IOptions<IdentityServiceOptions> options)
{
    private const int BucketsPerWindow = 10;
    private CodeGuessingOptions Limits => options.Value.CodeGuessing;

    public async Task<bool> IsThrottledAsync(string tenant, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Limits.Window;
        var failures = await db.CodeFailureBuckets.AsNoTracking()
            .Where(b => b.Tenant == tenant && b.BucketStart > since)
            .SumAsync(b => b.Failures, cancellationToken);
        return failures >= Limits.MaxFailures;
    }

    public async Task RecordFailureAsync(string tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bucketTicks = Math.Max(1, Limits.Window.Ticks / BucketsPerWindow);
        var bucket = new DateTimeOffset(now.UtcTicks - now.UtcTicks % bucketTicks, TimeSpan.Zero);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO code_failure_buckets (tenant, bucket_start, failures) VALUES ({tenant}, {bucket}, 1)
            ON CONFLICT (tenant, bucket_start) DO UPDATE SET failures = code_failure_buckets.failures + 1
            """, cancellationToken);
        var expired = now - 2 * Limits.Window;
        await db.CodeFailureBuckets.Where(b => b.Tenant == tenant && b.BucketStart < expired).ExecuteDeleteAsync(cancellationToken);
    }
}
