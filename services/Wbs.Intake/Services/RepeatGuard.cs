namespace Wbs.Intake.Services;

/// <summary>
/// One request at a time per Idempotency-Key: a PostgreSQL advisory lock on the key's lookup digest, held on the
/// context's own connection for the whole submission. A client that gave up waiting sends the request again while the
/// first one is still at work (the web's calls retry a keyed post after 10 s); the repeat waits here until the first
/// has ended, then finds its answer or the evidence it let go, instead of being refused because that evidence is held.
/// Session-level (the submission's own transaction begins later), so it must be given back: pooled connections are not
/// reset when they return to the pool.
/// </summary>
public sealed class RepeatGuard : IAsyncDisposable
{
    private readonly IntakeDbContext _db;
    private readonly string _lookup;

    private RepeatGuard(IntakeDbContext db, string lookup) => (_db, _lookup) = (db, lookup);

    public static async Task<RepeatGuard> EnterAsync(IntakeDbContext db, string lookup, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtextextended({lookup}, 0))", cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new RepeatGuard(db, lookup);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtextextended({_lookup}, 0))", CancellationToken.None);
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
