using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>The audit trail with the result of the hash-chain check (admins and auditors).</summary>
public sealed class AuditModel(SessionCookies sessions, CaseClient cases) : StaffPageModel(sessions)
{
    [BindProperty(SupportsGet = true)] public string? TrackingNumber { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public AuditList? Entries { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var list = cases.ListAuditAsync(Slug, TrackingNumber, Actor, Dates.Start(From), Dates.End(To), cancellationToken);
        var verify = cases.VerifyAuditAsync(Slug, cancellationToken);
        var (entries, verification) = (await list, await verify);
        if (!entries.Ok)
        {
            return Fail(entries.Problem, "trackingNumber", "actor", "from", "to") ?? Page();
        }
        Entries = entries.Value;
        Verification = verification.Value;
        return Page();
    }
}
