using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>Staff sign-in: username, password and the authenticator's 6-digit code (TOTP).</summary>
public sealed class StaffLoginModel(SessionCookies sessions, IdentityClient identity) : TenantPageModel
{
    protected override bool ServesPlatform => true;

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
        if (string.IsNullOrWhiteSpace(username)) { Errors.Required("username"); }
        if (string.IsNullOrEmpty(password)) { Errors.Required("password"); }
        if (string.IsNullOrWhiteSpace(totp)) { Errors.Required("totp"); }
        if (Errors.Any || CheckProof("identity") is not { Passed: true } proof)
        {
            return Page();
        }
        var answer = await WithProofAsync(proof,
            p => identity.StaffSessionAsync(Slug, username!.Trim(), password!, totp!.Replace(" ", "").Trim(), cancellationToken, p), cancellationToken);
        if (!answer.Ok)
        {
            Errors.Add(answer.Problem, "username", "password", "totp");
            return Page();
        }
        var issued = answer.Value;
        sessions.Write(HttpContext, Slug, SessionKind.Staff, issued.AccessToken, issued.ExpiresIn, issued.Roles, issued.MustChangePassword);
        // A custodian who works no cases starts where their work is: the disclosure requests.
        var start = string.IsNullOrEmpty(returnUrl) && issued.Roles.All(r => r == WbsClaims.Roles.Custodian)
            ? TenantPaths.Of(Slug, "staff/pengungkapan")
            : ReturnUrl;
        return SeeOtherUrl(issued.MustEnrolTotp ? StaffPaths.Totp(Slug, start) : issued.MustChangePassword ? StaffPaths.Password(Slug, start) : start);
    }

    private string SafeReturn(string? returnUrl) => StaffPaths.SafeReturn(Slug, returnUrl);
}
