namespace Wbs.Identity.Model;

public enum PasswordChangeOutcome
{
    Changed,
    /// <summary>Wrong current password or TOTP (or an unknown or disabled user): the sign-in failure answer.</summary>
    Failed,
    /// <summary>Too many failed changes of the signed-in subject itself: 429.</summary>
    Throttled,
    /// <summary>The new password breaks the policy: 400 naming <c>newPassword</c>.</summary>
    Rejected,
    /// <summary>The user must set up a fresh TOTP secret before anything else: 409.</summary>
    TotpEnrolmentPending,
}
