namespace Wbs.Contracts;

/// <summary>The actions of <see cref="IdentityActRecorded"/>, as the audit trail shows them.</summary>
public static class IdentityActs
{
    public const string StaffCreated = "staff.created";
    public const string StaffDisabled = "staff.disabled";
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInWrongPassword = "signin.wrong_password";
    public const string SignInWrongTotp = "signin.wrong_totp";
    /// <summary>A failure after which further attempts on the username must pay a proof of work (WBS never locks anyone out).</summary>
    public const string SignInLockedOut = "signin.locked_out";
    public const string SignInUnknownUser = "signin.unknown_user";
    public const string SignInDisabledUser = "signin.disabled_user";
    public const string PasswordChanged = "password.changed";
    public const string TotpEnrolled = "totp.enrolled";

    /// <summary>The actor name of an attempt on a username nobody has.</summary>
    public const string Unknown = "(tidak dikenal)";
}
