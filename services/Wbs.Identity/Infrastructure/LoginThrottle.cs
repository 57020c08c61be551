namespace Wbs.Identity.Infrastructure;

/// <summary>
/// Locks an account or staff user after <see cref="LockoutOptions.MaxFailures"/> failed sign-ins
/// for <see cref="LockoutOptions.Duration"/>. Keyed by the subject's id only: no IP address or
/// client detail is stored. An attempt is counted as a failure <em>before</em> the password is
/// checked (and forgiven when it succeeds), so many parallel guesses cannot slip past the limit,
/// and the count lives in PostgreSQL so it holds across several instances.
/// </summary>
public sealed class LoginThrottle(IdentityDbContext db, TimeProvider clock, IOptions<IdentityServiceOptions> options)
{
    private LockoutOptions Lockout => options.Value.Lockout;

    /// <returns>The attempt's number in the current series, or null when the subject is locked.</returns>
    public async Task<int?> BeginAttemptAsync(Guid subjectId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO login_attempts (subject_id, failures, locked_until) VALUES ({subjectId}, 1, NULL)
            ON CONFLICT (subject_id) DO UPDATE SET failures = login_attempts.failures + 1, locked_until = NULL
            WHERE login_attempts.locked_until IS NULL OR login_attempts.locked_until <= {now}
            """, cancellationToken);
        if (counted == 0)
        {
            return null;
        }
        var failures = await db.LoginAttempts.AsNoTracking()
            .Where(a => a.SubjectId == subjectId).Select(a => a.Failures).FirstAsync(cancellationToken);
        // More attempts in flight than allowed: treat the extra ones as locked out without checking them.
        return failures > Lockout.MaxFailures ? null : failures;
    }

    public Task SucceededAsync(Guid subjectId, CancellationToken cancellationToken) =>
        db.LoginAttempts.Where(a => a.SubjectId == subjectId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Failures, 0), cancellationToken);

    /// <summary>After the last allowed failure the subject is locked and the series starts again afterwards.</summary>
    public async Task FailedAsync(Guid subjectId, int attempt, CancellationToken cancellationToken)
    {
        if (attempt >= Lockout.MaxFailures)
        {
            var until = clock.GetUtcNow() + Lockout.Duration;
            await db.LoginAttempts.Where(a => a.SubjectId == subjectId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Failures, 0).SetProperty(a => a.LockedUntil, until), cancellationToken);
        }
    }
}
