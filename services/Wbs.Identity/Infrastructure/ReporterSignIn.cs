namespace Wbs.Identity.Infrastructure;

/// <summary>Checks a reporter's complaint code or username and password. Every failure looks the same to the caller.</summary>
public sealed class ReporterSignIn(
    IdentityDbContext db, ReportLookup reports, CodeGuessLimiter codeLimiter, LoginThrottle throttle, PasswordService passwords)
{
    public async Task<SignInResult<Report>> WithCodeAsync(string tenant, string? complaintCode, CancellationToken cancellationToken)
    {
        // Throttled before the look-up: an attempt past the limit learns nothing, right or wrong.
        if (await codeLimiter.IsThrottledAsync(tenant, cancellationToken))
        {
            return SignInResult<Report>.Throttled;
        }
        var report = await reports.FindByCodeAsync(tenant, complaintCode, cancellationToken);
        if (report is null)
        {
            await codeLimiter.RecordFailureAsync(tenant, cancellationToken);
            return SignInResult<Report>.Failed;
        }
        return new(SignInOutcome.Succeeded, report);
    }

    public async Task<SignInResult<ReporterAccount>> WithPasswordAsync(
        string tenant, string? username, string? password, CancellationToken cancellationToken)
    {
        var name = Usernames.Normalize(username);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Tenant == tenant && a.Username == name, cancellationToken);
        return await VerifyPasswordAsync(account, password, cancellationToken);
    }

    /// <summary>Checks a (tracked) account's password, counting toward the lockout; an unknown account fails after the time one check costs.</summary>
    public async Task<SignInResult<ReporterAccount>> VerifyPasswordAsync(ReporterAccount? account, string? password, CancellationToken cancellationToken)
    {
        if (account is null)
        {
            passwords.Waste(password);
            return SignInResult<ReporterAccount>.Failed;
        }
        if (await throttle.BeginAttemptAsync(account.Id, cancellationToken) is not { } attempt)
        {
            return SignInResult<ReporterAccount>.Throttled;
        }
        var (matches, rehash) = passwords.Verify(account.PasswordHash, password);
        if (!matches)
        {
            await throttle.FailedAsync(account.Id, attempt, cancellationToken);
            return SignInResult<ReporterAccount>.Failed;
        }
        await throttle.SucceededAsync(account.Id, cancellationToken);
        if (rehash is not null)
        {
            account.PasswordHash = rehash;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new(SignInOutcome.Succeeded, account);
    }
}
