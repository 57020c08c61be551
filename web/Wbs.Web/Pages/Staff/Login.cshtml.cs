using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>Staff sign-in: username, password and the authenticator's 6-digit code (TOTP).</summary>
public sealed class StaffLoginModel(SessionCookies sessions, IdentityClient identity) : TenantPageModel
{
    public string? Username { get; private set; }

    public string? ReturnUrl { get; private set; }

    protected override Task<IActionResult?> BeforeHandlerAsync()
    {
        ViewData["Area"] = "staff";
        return Task.FromResult<IActionResult?>(null);
    }

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = SafeReturn(returnUrl);
        return sessions.Read(HttpContext, Slug, SessionKind.Staff) is not null ? Redirect(ReturnUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? totp, string? returnUrl, CancellationToken cancellationToken)
    {
        Username = username;
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(username)) { Errors.Add("username", "Wajib diisi. / Required."); }
        if (string.IsNullOrEmpty(password)) { Errors.Add("password", "Wajib diisi. / Required."); }
        if (string.IsNullOrWhiteSpace(totp)) { Errors.Add("totp", "Wajib diisi. / Required."); }
        if (Errors.Any)
        {
            return Page();
        }
        var answer = await identity.StaffSessionAsync(Slug, username!.Trim(), password!, totp!.Replace(" ", "").Trim(), cancellationToken);
        if (!answer.Ok)
        {
            Errors.Add(answer.Problem, "username", "password", "totp");
            return Page();
        }
        sessions.Write(HttpContext, Slug, SessionKind.Staff, answer.Value.AccessToken, answer.Value.ExpiresIn, answer.Value.Roles);
        return SeeOtherUrl(ReturnUrl);
    }

    /// <summary>Only a path inside this tenant's console: never an open redirect.</summary>
    private string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith($"/{Slug}/staff/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Contains('\\') && !url.Contains("/staff/login", StringComparison.Ordinal)
            ? url
            : $"/{Slug}/staff/cases";
}
