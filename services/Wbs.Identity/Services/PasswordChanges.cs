namespace Wbs.Identity.Services;

/// <summary>
/// Replaces a staff user's or reporter account's password after checking the current one (and, for
/// staff, a fresh TOTP code) exactly as sign-in does: same failures, same lockout, same replay rule.
/// A subject that is missing or unknown in the tenant fails like a wrong password. Every token
/// issued before the change (the caller's included) is revoked; the answer carries a new session.
/// </summary>
public sealed class PasswordChanges(
    IdentityDbContext db, StaffSignIn staffSignIn, ReporterSignIn reporterSignIn, PasswordService passwords, SessionRevoker revoker, TimeProvider clock,
    ILogger<PasswordChanges> logger)
{
    public async Task<PasswordChangeResult> ForStaffAsync(
        string tenant, Guid? staffId, ChangePasswordRequest request, CancellationToken cancellationToken)
    {
        var user = await db.StaffUsers.FirstOrDefaultAsync(u => u.Tenant == tenant && u.Id == staffId, cancellationToken);
        if (user is { MustEnrolTotp: true, Disabled: false })
        {
            return new PasswordChangeResult(PasswordChangeOutcome.TotpEnrolmentPending);
        }
        if (PasswordPolicy.Check(request.NewPassword, user?.Username) is { } reason)
        {
            return PasswordChangeResult.Rejected(reason);
        }
        var verified = await staffSignIn.VerifyAsync(user, request.CurrentPassword, request.Totp, cancellationToken);
        if (verified.Outcome != SignInOutcome.Succeeded)
        {
            return PasswordChangeResult.NotVerified(verified.Outcome);
        }
        user!.PasswordHash = passwords.Hash(request.NewPassword!);
        user.PasswordChangedAt = clock.GetUtcNow();
        user.MustChangePassword = false;
        db.RecordAct(tenant, IdentityActs.PasswordChanged, user.Id, user.Username, null, user.PasswordChangedAt.Value);
        revoker.RevokeSubject(tenant, user.Id);
        await revoker.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Staff user {StaffId} of {Tenant} changed their password", user.Id, tenant);
        return PasswordChangeResult.Changed(user);
    }

    public async Task<PasswordChangeResult> ForAccountAsync(
        string tenant, Guid? accountId, ChangePasswordRequest request, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Tenant == tenant && a.Id == accountId, cancellationToken);
        if (PasswordPolicy.Check(request.NewPassword, account?.Username) is { } reason)
        {
            return PasswordChangeResult.Rejected(reason);
        }
        var verified = await reporterSignIn.VerifyPasswordAsync(account, request.CurrentPassword, cancellationToken);
        if (verified.Outcome != SignInOutcome.Succeeded)
        {
            return PasswordChangeResult.NotVerified(verified.Outcome);
        }
        account!.PasswordHash = passwords.Hash(request.NewPassword!);
        account.PasswordChangedAt = clock.GetUtcNow();
        revoker.RevokeSubject(tenant, account.Id);
        await revoker.SaveChangesAsync(cancellationToken);
        return PasswordChangeResult.Changed(account);
    }
}
