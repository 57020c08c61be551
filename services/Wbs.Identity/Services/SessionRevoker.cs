namespace Wbs.Identity.Services;

/// <summary>
/// Revokes sessions in the same unit of work as the change that calls for it (disabling, a new
/// password, a sign-out): a row for starting instances and a <see cref="SessionsRevoked"/> event in
/// the outbox for running ones; this instance applies it as soon as it is saved.
/// </summary>
public sealed class SessionRevoker(IdentityDbContext db, SessionRevocations revocations, TimeProvider clock, IOptions<IdentityServiceOptions> options)
{
    /// <summary>Beyond the longest token lifetime: validators accept that much clock skew.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);

    private readonly List<SessionsRevoked> _staged = [];

    /// <summary>Every token of the subject issued until now.</summary>
    public void RevokeSubject(string tenant, Guid subjectId) => Stage(tenant, subjectId, sessionId: null);

    /// <summary>One session (a sign-out).</summary>
    public void RevokeSession(string tenant, Guid subjectId, Guid sessionId) => Stage(tenant, subjectId, sessionId);

    /// <summary>Saves the change together with the staged revocations, then applies them here.</summary>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        // Rows no token can outlive any more; a small table kept small.
        var now = clock.GetUtcNow();
        await db.SessionRevocations.Where(r => r.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        foreach (var revocation in _staged)
        {
            revocations.Apply(revocation);
        }
        _staged.Clear();
    }

    private void Stage(string tenant, Guid subjectId, Guid? sessionId)
    {
        // At the millisecond precision of the tokens' iat_ms: the session answered with the change is not revoked with it.
        var now = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var row = new SessionRevocation
        {
            Id = Guid.CreateVersion7(),
            Tenant = tenant,
            SubjectId = subjectId,
            SessionId = sessionId,
            RevokedBefore = now,
            ExpiresAt = now + options.Value.Tokens.Longest + Margin,
        };
        db.SessionRevocations.Add(row);
        var revoked = row.ToEvent();
        db.AddIntegrationEvent(revoked, now);
        _staged.Add(revoked);
    }
}
