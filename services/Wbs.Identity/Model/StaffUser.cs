namespace Wbs.Identity.Model;

public sealed class StaffUser
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    public required string Username { get; init; }
    public required string PasswordHash { get; set; }
    /// <summary>The TOTP secret, sealed with the envelope cipher (bound to this user's id).</summary>
    public required byte[] SealedTotpSecret { get; set; }
    public List<string> Roles { get; set; } = [];
    public bool Disabled { get; set; }
    /// <summary>The last TOTP time step accepted: a code of this step or an earlier one is never accepted again.</summary>
    public long LastTotpStep { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Set for a temporary password from enrolment; cleared when the user chooses their own.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset? PasswordChangedAt { get; set; }
    /// <summary>
    /// Set at enrolment: the enrolling admin saw the TOTP secret, so it is good only until the user has set up a
    /// fresh one at the first sign-in; until then their token can do nothing else.
    /// </summary>
    public bool MustEnrolTotp { get; set; }
    /// <summary>The fresh secret being set up (sealed), until the user confirms it with a code.</summary>
    public byte[]? SealedPendingTotpSecret { get; set; }
}
