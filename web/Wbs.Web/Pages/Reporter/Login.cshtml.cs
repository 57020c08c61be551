using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>Account sign-in (account-first flow): username and password.</summary>
public sealed class LoginModel(SessionCookies sessions, IdentityClient identity) : ReporterPageModel(sessions)
{
    public string? Username { get; private set; }

    public void OnGet()
    {
    }

    protected override Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments)
    {
        Username = Argument(arguments, "username");
        return Task.FromResult<IActionResult>(Page());
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, CancellationToken cancellationToken)
    {
        Username = username;
        if (string.IsNullOrWhiteSpace(username)) { Errors.Required("username"); }
        if (string.IsNullOrEmpty(password)) { Errors.Required("password"); }
        if (Errors.Any || CheckProof("identity") is not { Passed: true } proof)
        {
            return Page();
        }
        var answer = await WithProofAsync(proof, p => identity.AccountSessionAsync(Slug, username!.Trim(), password!, cancellationToken, p),
            cancellationToken);
        if (!answer.Ok)
        {
            Errors.Add(answer.Problem, "username", "password");
            return Page();
        }
        Sessions.Write(HttpContext, Slug, SessionKind.Reporter, answer.Value.AccessToken, answer.Value.ExpiresIn);
        return SeeOther("/laporan");
    }
}
