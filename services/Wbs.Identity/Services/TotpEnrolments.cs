namespace Wbs.Identity.Services;

/// <summary>
/// The fresh TOTP secret of the first sign-in after enrolment: started (a new secret, shown once) and confirmed
/// with a code of it, which replaces the secret the enrolling admin saw and ends every older token.
/// </summary>
public sealed class TotpEnrolments(IdentityDbContext db, TotpSecretProtector secrets, SessionRevoker revoker, TimeProvider clock)
{
    /// <returns>The user and the new secret to show, or null when no set-up is due.</returns>
    public async Task<(StaffUser User, byte[] Secret)?> StartAsync(string tenant, Guid? staffId, CancellationToken cancellationToken)
    {
        if (await DueAsync(tenant, staffId, cancellationToken) is not { } user)
        {
            return null;
        }
        // Starting again replaces the secret shown before: only the one on screen can be confirmed.
        var secret = Totp.NewSecret();
        user.SealedPendingTotpSecret = secrets.SealPending(user.Id, secret);
        await db.SaveChangesAsync(cancellationToken);
        return (user, secret);
    }

    public async Task<(TotpEnrolmentOutcome Outcome, StaffUser? User)> ConfirmAsync(string tenant, Guid? staffId, string? code,
        CancellationToken cancellationToken)
    {
        if (await DueAsync(tenant, staffId, cancellationToken) is not { } user || secrets.OpenPending(user) is not { } secret)
        {
            return (TotpEnrolmentOutcome.NotPending, null);
        }
        if (!Totp.TryVerify(secret, code, clock.GetUtcNow(), user.LastTotpStep, out var step))
        {
            return (TotpEnrolmentOutcome.WrongCode, null);
        }
        user.SealedTotpSecret = secrets.Seal(user.Id, secret);
        user.SealedPendingTotpSecret = null;
        user.MustEnrolTotp = false;
        user.LastTotpStep = step;
        db.RecordAct(tenant, IdentityActs.TotpEnrolled, user.Id, user.Username, null, clock.GetUtcNow());
        revoker.RevokeSubject(tenant, user.Id);
        await revoker.SaveChangesAsync(cancellationToken);
        return (TotpEnrolmentOutcome.Confirmed, user);
    }

    private Task<StaffUser?> DueAsync(string tenant, Guid? staffId, CancellationToken cancellationToken) =>
        db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Id == staffId && u.MustEnrolTotp && !u.Disabled, cancellationToken);
}
