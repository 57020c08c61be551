using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>Staff administration (admins): list, create (enrolment shown once), disable.</summary>
public sealed class UsersModel(SessionCookies sessions, IdentityClient identity, OneTimeCookie oneTime) : StaffPageModel(sessions)
{
    public const string EnrolmentCookie = "wbs_enrolment";

    public IReadOnlyList<StaffUserResponse> Users { get; private set; } = [];

    public StaffEnrolmentResponse? Enrolment { get; private set; }

    public string? NewUsername { get; private set; }

    public IReadOnlyList<string> NewRoles { get; private set; } = [];

    private string CookiePath => TenantPaths.Of(Slug, "staff/users");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Enrolment = TakeOneTime<StaffEnrolmentResponse>(EnrolmentCookie, CookiePath);
        return await LoadAsync(cancellationToken) ?? Page();
    }

    /// <summary>The header's language switch: the enrolment again in the other language, within its ten minutes.</summary>
    public IActionResult OnPostLanguage(string? @sealed) => ReshowOneTime<StaffEnrolmentResponse>(EnrolmentCookie, CookiePath, @sealed);

    public async Task<IActionResult> OnPostCreateAsync(string? username, string[]? roles, CancellationToken cancellationToken)
    {
        NewUsername = username;
        NewRoles = roles ?? [];
        var created = await identity.CreateStaffUserAsync(Slug, username?.Trim() ?? "", NewRoles, cancellationToken);
        if (!created.Ok)
        {
            return Fail(created.Problem, "username", "roles") ?? await LoadAsync(cancellationToken) ?? Page();
        }
        oneTime.Write(HttpContext, EnrolmentCookie, CookiePath, created.Value);
        return SeeOtherUrl(CookiePath);
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken)
    {
        var disabled = await identity.DisableStaffUserAsync(Slug, id, cancellationToken);
        if (!disabled.Ok)
        {
            return Fail(disabled.Problem) ?? await LoadAsync(cancellationToken) ?? Page();
        }
        Flash = Lang.T($"Pengguna {disabled.Value.Username} dinonaktifkan.", $"User disabled.");
        return SeeOtherUrl(CookiePath);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var users = await identity.ListStaffUsersAsync(Slug, cancellationToken);
        if (!users.Ok)
        {
            return Fail(users.Problem);
        }
        Users = [.. users.Value.OrderBy(u => u.Username, StringComparer.Ordinal)];
        return null;
    }
}
