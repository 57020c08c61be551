namespace Wbs.Identity.Apis;

/// <summary>A staff user as the answers show it: never the password hash or the TOTP secret.</summary>
public static class StaffUserResponses
{
    public static StaffUserResponse ToResponse(this StaffUser user) => new(user.Id, user.Username, user.Roles, user.Disabled);

    public static StaffSessionResponse ToSessionResponse(this StaffUser user, IssuedToken token) =>
        new(token.AccessToken, "Bearer", token.ExpiresIn, user.Roles, user.MustChangePassword, user.MustEnrolTotp);
}
