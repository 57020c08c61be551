namespace Wbs.Identity.Apis;

/// <summary>
/// Only the new password is checked here (the username rule needs the stored user and is checked
/// with it); a missing or wrong current password or TOTP answers 401 like a failed sign-in.
/// </summary>
public sealed class ChangePasswordRequestValidator : IValidator<ChangePasswordRequest>
{
    public void Validate(ChangePasswordRequest request, ValidationErrors errors, HttpContext http)
    {
        if (PasswordPolicy.CheckChange(request.NewPassword, request.CurrentPassword) is { } problem)
        {
            errors.Add("newPassword", problem);
        }
    }
}
