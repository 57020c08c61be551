namespace Wbs.Identity.Infrastructure;

/// <summary>Identity primes itself from its own table, and answers other services' requests from it.</summary>
public sealed class DatabaseSessionRevocationSource(IdentityDbContext db, TimeProvider clock) : ISessionRevocationSource
{
    public async Task<IReadOnlyList<SessionsRevoked>> GetActiveAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.SessionRevocations.AsNoTracking().Where(r => r.ExpiresAt > now).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEvent()).ToList();
    }
}
