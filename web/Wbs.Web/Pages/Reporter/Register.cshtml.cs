using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>
/// Registration: without a code a pseudonymous account (account first); with a code the account
/// follows that report from the start (code first). Signs the new account in.
/// </summary>
public sealed class RegisterModel(SessionCookies sessions, IdentityClient identity) : ReporterPageModel(sessions)
{
    public string? Username { get; private set; }

    public string? ComplaintCode { get; private set; }

    public void OnGet()
    {
    }

    protected override Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments)
    {
        Username = Argument(arguments, "username");
        ComplaintCode = Argument(arguments, "complaintCode");
        return Task.FromResult<IActionResult>(Page());
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? complaintCode, CancellationToken cancellationToken)
    {
        Username = username;
        ComplaintCode = complaintCode;
        if (string.IsNullOrWhiteSpace(username)) { Errors.Required("username"); }
        if (string.IsNullOrEmpty(password)) { Errors.Required("password"); }
        if (Errors.Any || CheckProof("identity") is not { Passed: true } proof)
        {
            return Page();
        }
        var code = string.IsNullOrWhiteSpace(complaintCode) ? null : complaintCode.Trim();
        var created = await WithProofAsync(proof, p => identity.CreateAccountAsync(Slug, username!.Trim(), password!, code, cancellationToken, p),
            cancellationToken);
        if (!created.Ok)
        {
            Errors.Add(created.Problem, "username", "password", "complaintCode");
            return Page();
        }
        var session = await identity.AccountSessionAsync(Slug, created.Value.Username, password!, cancellationToken);
        if (!session.Ok)
        {
            Flash = Lang.T("Akun dibuat. Silakan masuk.", "Account created; please sign in.");
            return SeeOther("/masuk");
        }
        Sessions.Write(HttpContext, Slug, SessionKind.Reporter, session.Value.AccessToken, session.Value.ExpiresIn);
        Flash = created.Value.LinkedReports.Count > 0
            ? Lang.T($"Akun {created.Value.Username} dibuat dan terhubung dengan {created.Value.LinkedReports.Count} laporan.", $"Account created and linked.")
            : Lang.T($"Akun {created.Value.Username} dibuat.", $"Account created.");
        return SeeOther("/laporan");
    }
}
