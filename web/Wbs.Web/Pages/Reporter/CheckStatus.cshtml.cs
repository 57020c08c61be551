using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>"Cek status": a complaint code opens a code session for that one report.</summary>
public sealed class CheckStatusModel(SessionCookies sessions, IdentityClient identity) : ReporterPageModel(sessions)
{
    /// <summary>What was typed, shown again when the form comes back.</summary>
    public string? ComplaintCode { get; private set; }

    public void OnGet()
    {
    }

    protected override Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments)
    {
        ComplaintCode = Argument(arguments, "complaintCode");
        return Task.FromResult<IActionResult>(Page());
    }

    public async Task<IActionResult> OnPostAsync(string? complaintCode, CancellationToken cancellationToken)
    {
        ComplaintCode = complaintCode;
        if (string.IsNullOrWhiteSpace(complaintCode))
        {
            Errors.Required("complaintCode");
            return Page();
        }
        if (CheckProof("identity") is not { Passed: true } proof)
        {
            return Page();
        }
        var answer = await WithProofAsync(proof, p => identity.CodeSessionAsync(Slug, complaintCode.Trim(), cancellationToken, p), cancellationToken);
        if (!answer.Ok)
        {
            if (answer.Problem.Status == StatusCodes.Status401Unauthorized)
            {
                Errors.Add("complaintCode", Lang.T("Kode pengaduan tidak dikenal. Periksa kembali penulisannya.", "Unknown complaint code."));
            }
            else
            {
                Errors.Add(answer.Problem, "complaintCode");
            }
            return Page();
        }
        // An account session gives way to the code session the reporter just asked for.
        var ticket = Sessions.Write(HttpContext, Slug, SessionKind.Reporter, answer.Value.AccessToken, answer.Value.ExpiresIn);
        return ticket.TrackingNumber is { } tn ? SeeOther($"/laporan/{Uri.EscapeDataString(tn)}") : SeeOther("/laporan");
    }
}
