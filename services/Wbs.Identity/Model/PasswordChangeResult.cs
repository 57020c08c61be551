namespace Wbs.Identity.Model;

/// <param name="Reason">Why the new password was rejected (Indonesian / English); only with <see cref="PasswordChangeOutcome.Rejected"/>.</param>
public sealed record PasswordChangeResult(PasswordChangeOutcome Outcome, string? Reason = null)
{
    public static readonly PasswordChangeResult Changed = new(PasswordChangeOutcome.Changed);

    public static PasswordChangeResult Rejected(string reason) => new(PasswordChangeOutcome.Rejected, reason);

    /// <summary>The answer for a credential check that did not succeed.</summary>
    public static PasswordChangeResult NotVerified(SignInOutcome outcome) =>
        new(outcome == SignInOutcome.Throttled ? PasswordChangeOutcome.Throttled : PasswordChangeOutcome.Failed);
}
