namespace Wbs.Identity.Model;

/// <param name="Reason">Why the new password was rejected (Indonesian / English); only with <see cref="PasswordChangeOutcome.Rejected"/>.</param>
/// <param name="Staff">The staff user whose password changed, to issue the new session for.</param>
/// <param name="Account">The reporter account whose password changed, to issue the new session for.</param>
public sealed record PasswordChangeResult(PasswordChangeOutcome Outcome, string? Reason = null, StaffUser? Staff = null, ReporterAccount? Account = null)
{
    public static PasswordChangeResult Changed(StaffUser staff) => new(PasswordChangeOutcome.Changed, Staff: staff);

    public static PasswordChangeResult Changed(ReporterAccount account) => new(PasswordChangeOutcome.Changed, Account: account);

    public static PasswordChangeResult Rejected(string reason) => new(PasswordChangeOutcome.Rejected, reason);

    /// <summary>The answer for a credential check that did not succeed.</summary>
    public static PasswordChangeResult NotVerified(SignInOutcome outcome) =>
        new(outcome == SignInOutcome.Throttled ? PasswordChangeOutcome.Throttled : PasswordChangeOutcome.Failed);
}
