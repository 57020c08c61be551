namespace Wbs.Identity.Infrastructure;

/// <summary>Staff sign in with username, password and a TOTP code; a TOTP time step is accepted once.</summary>
public sealed class StaffSignIn(
    IdentityDbContext db, LoginThrottle throttle, PasswordService passwords, TotpSecretProtector secrets, TimeProvider clock)
{
    public async Task<SignInResult<StaffUser>> SignInAsync(
        string tenant, string? username, string? password, string? totp, CancellationToken cancellationToken)
    {
        var name = Usernames.Normalize(username);
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Username == name, cancellationToken);
        return await VerifyAsync(user, password, totp, cancellationToken);
    }

    /// <summary>
    /// Checks a (tracked) user's password and a TOTP code of an unused step, counting toward the
    /// lockout; an unknown or disabled user fails after the time one check costs.
    /// </summary>
    public async Task<SignInResult<StaffUser>> VerifyAsync(StaffUser? user, string? password, string? totp, CancellationToken cancellationToken)
    {
        if (user is null || user.Disabled)
        {
            passwords.Waste(password);
            return SignInResult<StaffUser>.Failed;
        }
        if (await throttle.BeginAttemptAsync(user.Id, cancellationToken) is not { } attempt)
        {
            return SignInResult<StaffUser>.Throttled;
        }
        var (matches, rehash) = passwords.Verify(user.PasswordHash, password);
        long step = 0;
        var valid = matches && Totp.TryVerify(secrets.Open(user), totp, clock.GetUtcNow(), user.LastTotpStep, out step)
            // Claims the step atomically: of two requests carrying the same code only one wins.
            && await db.StaffUsers.Where(u => u.Id == user.Id && u.LastTotpStep < step)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), cancellationToken) == 1;
        if (!valid)
        {
            await throttle.FailedAsync(user.Id, attempt, cancellationToken);
            return SignInResult<StaffUser>.Failed;
        }
        await throttle.SucceededAsync(user.Id, cancellationToken);
        if (rehash is not null)
        {
            user.PasswordHash = rehash;
            await db.SaveChangesAsync(cancellationToken);
        }
        return new(SignInOutcome.Succeeded, user);
    }
}
