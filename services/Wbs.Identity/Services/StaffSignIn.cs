namespace Wbs.Identity.Services;

/// <summary>
/// Staff sign in with username, password and a TOTP code; a TOTP time step is accepted once.
/// Failures never lock the user out: past the free ones (see <see cref="SignInCosts"/>) the name is throttled, and
/// an attempt on it is checked only when its TOTP code is valid, which only the user's authenticator can give. So a
/// guesser without it gets 429 and learns nothing, however long they go on, while the right password and TOTP still
/// get in; each such check spends its TOTP step, so even a holder of the authenticator guesses one password a step.
/// </summary>
public sealed class StaffSignIn(
    IdentityDbContext db, SignInCosts costs, PasswordService passwords, TotpSecretProtector secrets, TimeProvider clock)
{
    public async Task<SignInResult<StaffUser>> SignInAsync(
        string tenant, string? username, string? password, string? totp, CancellationToken cancellationToken)
    {
        var name = Usernames.Normalize(username);
        var cost = costs.For("staff", tenant, name);
        // Decided from the name alone: existing and unknown users are throttled alike.
        var throttled = cost.Throttle() is not null;
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Username == name, cancellationToken);
        if (throttled && !await ClaimTotpStepAsync(user, totp, cancellationToken))
        {
            // Nothing was checked, so nothing is audited (the audit trail is no flooder's to fill); the refusal counts as a
            // failure, so the throttle lasts while the guessing does.
            cost.Attempted();
            return SignInResult<StaffUser>.ThrottledFor(cost.Refused());
        }
        var (result, act) = await CheckAsync(user, password, totp, totpClaimed: throttled, cost, cancellationToken);
        // Every outcome is audited, an unknown name without naming anyone (what was typed may be a password).
        if (result.Outcome != SignInOutcome.Succeeded && cost.LockedOutNow)
        {
            act = IdentityActs.SignInLockedOut;
        }
        db.RecordAct(tenant, act, user?.Id, user?.Username ?? IdentityActs.Unknown, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        // A throttled name answers 429 whatever failed, so the answer never tells that the TOTP code was right.
        return throttled && result.Outcome != SignInOutcome.Succeeded ? SignInResult<StaffUser>.ThrottledFor(cost.Refused()) : result;
    }

    /// <summary>
    /// Checks a signed-in (tracked) user's password and a TOTP code of an unused step before a
    /// password change; after too many failures of that user's own changes it answers throttled.
    /// </summary>
    public async Task<SignInResult<StaffUser>> VerifyAsync(StaffUser? user, string? password, string? totp, CancellationToken cancellationToken)
    {
        var cost = costs.For("staff-password-change", user?.Tenant ?? "", user?.Id.ToString());
        if (cost.Exhausted)
        {
            return SignInResult<StaffUser>.Throttled;
        }
        // The caller saves (with the new password, which replaces any rehash).
        return (await CheckAsync(user, password, totp, totpClaimed: false, cost, cancellationToken)).Result;
    }

    /// <summary>
    /// An unknown or disabled user fails after the time one check costs. Answers the outcome and its audit action; the
    /// caller saves. <paramref name="totpClaimed"/>: the code's step was claimed already (<see cref="ClaimTotpStepAsync"/>).
    /// </summary>
    private async Task<(SignInResult<StaffUser> Result, string Act)> CheckAsync(
        StaffUser? user, string? password, string? totp, bool totpClaimed, SignInCost cost, CancellationToken cancellationToken)
    {
        cost.Attempted();
        if (user is null || user.Disabled)
        {
            passwords.Waste(password);
            return (SignInResult<StaffUser>.Failed, user is null ? IdentityActs.SignInUnknownUser : IdentityActs.SignInDisabledUser);
        }
        var (matches, rehash) = passwords.Verify(user.PasswordHash, password);
        if (!matches)
        {
            return (SignInResult<StaffUser>.Failed, IdentityActs.SignInWrongPassword);
        }
        if (!totpClaimed && !await ClaimTotpStepAsync(user, totp, cancellationToken))
        {
            return (SignInResult<StaffUser>.Failed, IdentityActs.SignInWrongTotp);
        }
        cost.Succeeded();
        if (rehash is not null)
        {
            user.PasswordHash = rehash;
        }
        return (new(SignInOutcome.Succeeded, user), IdentityActs.SignInSucceeded);
    }

    /// <summary>True when <paramref name="totp"/> is a valid code of an unused step of an active user; the step is then spent.</summary>
    private async Task<bool> ClaimTotpStepAsync(StaffUser? user, string? totp, CancellationToken cancellationToken) =>
        user is { Disabled: false }
        && Totp.TryVerify(secrets.Open(user), totp, clock.GetUtcNow(), user.LastTotpStep, out var step)
        // Claims the step atomically: of two requests carrying the same code only one wins.
        && await db.StaffUsers.Where(u => u.Id == user.Id && u.LastTotpStep < step)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), cancellationToken) == 1;
}
