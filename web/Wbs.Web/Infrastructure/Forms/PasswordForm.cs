namespace Wbs.Web.Infrastructure.Forms;

/// <summary>
/// The fields shared by the staff and reporter password-change forms (current, new, repeated new)
/// and how Identity's answers land on them. Identity checks the new password's rules itself.
/// </summary>
public static class PasswordForm
{
    public static string Mismatch => Lang.T("Kedua kata sandi baru tidak sama.", "The two new passwords do not match.");

    /// <summary>True when the form is complete enough to send to Identity.</summary>
    public static bool Check(FormErrors errors, string? currentPassword, string? newPassword, string? confirmPassword)
    {
        if (string.IsNullOrEmpty(currentPassword)) { errors.Required("currentPassword"); }
        if (string.IsNullOrEmpty(newPassword)) { errors.Required("newPassword"); }
        else if (newPassword != confirmPassword) { errors.Add("confirmPassword", Mismatch); }
        return !errors.Any;
    }

    /// <summary>
    /// A 401 from the password endpoint means the current password (or the TOTP code) did not match,
    /// not that the session ended: it goes next to the current password instead of signing the user out.
    /// </summary>
    public static void AddProblem(FormErrors errors, ApiProblem problem, string notMatching)
    {
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            errors.Add("currentPassword", notMatching);
            return;
        }
        errors.Add(problem, "currentPassword", "newPassword", "totp");
    }
}
