namespace Wbs.Identity.Services;

/// <summary>
/// Staff sign in with username, password and a TOTP code; a TOTP time step is accepted once.
/// Failures never lock the user out: they make the next attempts on that username ask a proof of
/// work (see <see cref="SignInCosts"/>), and the right password and TOTP still get in.
/// </summary>
public sealed class StaffSignIn(
    IdentityDbContext db, SignInCosts costs, PasswordService passwords, TotpSecretProtector secrets, TimeProvider clock)
{
    public async Task<SignInResult<StaffUser>> SignInAsync(
        string tenant, string? username, string? password, string? totp, string? proof, CancellationToken cancellationToken)
    {
        var name = Usernames.Normalize(username);
        // Asked before the look-up, from the name alone: existing and unknown users answer alike.
        var cost = costs.For("staff", tenant, name);
        if (cost.Demand(proof) is { } demand)
        {
            return SignInResult<StaffUser>.ProofRequired(demand);
        }
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Username == name, cancellationToken);
        var (result, act) = await CheckAsync(user, password, totp, cost, cancellationToken);
        // Every outcome is audited, an unknown name without naming anyone (what was typed may be a password).
        if (result.Outcome != SignInOutcome.Succeeded && cost.LockedOutNow)
        {
            act = IdentityActs.SignInLockedOut;
        }
        db.RecordAct(tenant, act, user?.Id, user?.Username ?? IdentityActs.Unknown, null, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return result;
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
        return (await CheckAsync(user, password, totp, cost, cancellationToken)).Result;
    }

    /// <summary>An unknown or disabled user fails after the time one check costs. Answers the outcome and its audit action; the caller saves.</summary>
    private async Task<(SignInResult<StaffUser> Result, string Act)> CheckAsync(
        StaffUser? user, string? password, string? totp, SignInCost cost, CancellationToken cancellationToken)
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
        var valid = Totp.TryVerify(secrets.Open(user), totp, clock.GetUtcNow(), user.LastTotpStep, out var step)
            // Claims the step atomically: of two requests carrying the same code only one wins.
            && await db.StaffUsers.Where(u => u.Id == user.Id && u.LastTotpStep < step)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), cancellationToken) == 1;
        if (!valid)
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
}
