namespace Wbs.Identity.Model;

public enum TotpEnrolmentOutcome
{
    Confirmed,
    /// <summary>The user has no set-up to confirm (none is due, or none was started): 409.</summary>
    NotPending,
    /// <summary>The code is not the fresh secret's (or its step was used): 400 naming <c>totp</c>.</summary>
    WrongCode,
}
