namespace Wbs.Identity.Apis;

/// <summary>Creates a staff user with a temporary password and a new TOTP secret, and the one-time enrolment to show.</summary>
public static class StaffEnrolment
{
    /// <returns>The enrolment, or null when the username is taken in this tenant.</returns>
    public static async Task<StaffEnrolmentResponse?> EnrolAsync(StaffDirectory directory, TenantProfile tenant, string? username,
        IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var password = PasswordService.NewTemporaryPassword();
        var secret = Totp.NewSecret();
        var user = await directory.CreateAsync(tenant.Slug, Guid.CreateVersion7(), Usernames.Normalize(username), password, secret,
            roles, mustChangePassword: true, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var uri = Totp.EnrolmentUri($"WBS {tenant.ShortName ?? tenant.Slug}", user.Username, secret);
        return new StaffEnrolmentResponse(
            user.Id, user.Username, user.Roles, password, Base32.Encode(secret), uri, Convert.ToBase64String(EnrolmentQrCode.Png(uri)));
    }
}
