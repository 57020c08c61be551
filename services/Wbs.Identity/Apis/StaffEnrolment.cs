namespace Wbs.Identity.Apis;

/// <summary>Creates a staff user with a temporary password and a new TOTP secret, and the one-time enrolment to show.</summary>
public static class StaffEnrolment
{
    /// <returns>The enrolment, or null when the username is taken in this tenant.</returns>
    /// <param name="createdBy">Who enrols the user, for the audit trail.</param>
    public static Task<StaffEnrolmentResponse?> EnrolAsync(StaffDirectory directory, TenantProfile tenant, string? username,
        IEnumerable<string> roles, StaffActor createdBy, CancellationToken cancellationToken) =>
        EnrolAsync(directory, tenant.Slug, $"WBS {tenant.ShortName ?? tenant.Slug}", username, roles, createdBy, cancellationToken);

    /// <param name="issuer">The name authenticator apps show for the key.</param>
    public static async Task<StaffEnrolmentResponse?> EnrolAsync(StaffDirectory directory, string tenant, string issuer, string? username,
        IEnumerable<string> roles, StaffActor createdBy, CancellationToken cancellationToken)
    {
        var password = PasswordService.NewTemporaryPassword();
        var secret = Totp.NewSecret();
        var user = await directory.CreateAsync(tenant, Guid.CreateVersion7(), Usernames.Normalize(username), password, secret,
            roles, mustChangePassword: true, cancellationToken, createdBy);
        if (user is null)
        {
            return null;
        }
        var uri = Totp.EnrolmentUri(issuer, user.Username, secret);
        return new StaffEnrolmentResponse(
            user.Id, user.Username, user.Roles, password, Base32.Encode(secret), uri, Convert.ToBase64String(EnrolmentQrCode.Png(uri)));
    }
}
