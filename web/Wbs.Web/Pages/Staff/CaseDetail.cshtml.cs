using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// One case: report content (opening it is audited by CaseManagement), completeness, evidence,
/// timeline with internal notes, messages; actions: transition, assign, message to the reporter, internal note.
/// The path is the one Notification's staff e-mail links to.
/// </summary>
public sealed class CaseDetailModel(SessionCookies sessions, CaseClient cases, IdentityClient identity, TimeProvider clock)
    : StaffPageModel(sessions)
{
    public CaseDetail? Case { get; private set; }

    public IReadOnlyList<StaffUserResponse> Staff { get; private set; } = [];

    public string TrackingNumber { get; private set; } = "";

    public bool CanAssign => Can(WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor);

    /// <summary>Forwarding is a supervisor's or admin's decision, as CaseManagement enforces.</summary>
    public bool CanForward => CanAssign;

    /// <summary>This user's own disclosure requests for this case (the API lists a requester's own).</summary>
    public IReadOnlyList<DisclosureItem> MyDisclosures { get; private set; } = [];

    public IReadOnlyList<ForwardingItem> Forwardings { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string trackingNumber, CancellationToken cancellationToken) =>
        await LoadAsync(trackingNumber, cancellationToken) ?? Page();

    public Task<IActionResult> OnPostTransitionAsync(string trackingNumber, string? to, string? publicMessage, string? internalNote,
        string? outcome, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(to))
        {
            Errors.Add("to", Lang.T("Pilih status tujuan.", "Choose the next status."));
            return Reload(trackingNumber, cancellationToken);
        }
        var request = new TransitionRequest(to, Blank(publicMessage), Blank(internalNote), to == "closed" ? Blank(outcome) : null, Blank(reason));
        return Act(trackingNumber, Lang.T("Status diubah.", "Status changed."), cases.TransitionAsync(Slug, trackingNumber, request, cancellationToken),
            cancellationToken, "to", "publicMessage", "internalNote", "outcome", "reason");
    }

    public Task<IActionResult> OnPostAssignAsync(string trackingNumber, Guid? assigneeId, CancellationToken cancellationToken)
    {
        if (assigneeId is not { } id || id == Guid.Empty)
        {
            Errors.Add("assigneeId", Lang.T("Pilih petugas.", "Choose a staff member."));
            return Reload(trackingNumber, cancellationToken);
        }
        return Act(trackingNumber, Lang.T("Kasus ditugaskan.", "Case assigned."), cases.AssignAsync(Slug, trackingNumber, id, cancellationToken),
            cancellationToken, "assigneeId");
    }

    public Task<IActionResult> OnPostMessageAsync(string trackingNumber, string? body, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(body)
            ? Required(trackingNumber, "body", cancellationToken)
            : Act(trackingNumber, Lang.T("Pesan terkirim ke pelapor.", "Message sent to the reporter."),
                cases.PostStaffMessageAsync(Slug, trackingNumber, body.Trim(), cancellationToken), cancellationToken, "body");

    public Task<IActionResult> OnPostNoteAsync(string trackingNumber, string? note, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(note)
            ? Required(trackingNumber, "note", cancellationToken)
            : Act(trackingNumber, Lang.T("Catatan internal disimpan.", "Internal note saved."),
                cases.PostNoteAsync(Slug, trackingNumber, note.Trim(), cancellationToken), cancellationToken, "note");

    /// <remarks>The field is <c>disclosureReason</c>: the page already has a <c>reason</c> (for rejecting).</remarks>
    public Task<IActionResult> OnPostDiscloseAsync(string trackingNumber, string? disclosureReason, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(disclosureReason)
            ? Required(trackingNumber, "disclosureReason", cancellationToken)
            : Act(trackingNumber, Lang.T("Permintaan pengungkapan dikirim ke kustodian identitas.", "Disclosure request sent to the identity custodian."),
                cases.RequestDisclosureAsync(Slug, trackingNumber, disclosureReason.Trim(), cancellationToken), cancellationToken,
                "disclosureReason");

    private async Task<IActionResult> Act(string trackingNumber, string done, Task<ApiResult<NoContent>> call, CancellationToken cancellationToken,
        params string[] fields)
    {
        var result = await call;
        if (result.Ok)
        {
            Flash = done;
            return SeeOtherUrl(TenantPaths.Of(Slug, $"staff/cases/{Uri.EscapeDataString(trackingNumber)}"));
        }
        // The note endpoint names its field "body" like the message endpoint; the disclosure's "reason" is the form's "disclosureReason".
        var problem = fields.Contains("note") ? result.Problem with { Errors = Rename(result.Problem.Errors, "body", "note") }
            : fields.Contains("disclosureReason") ? result.Problem with { Errors = Rename(result.Problem.Errors, "reason", "disclosureReason") }
            : result.Problem;
        return Fail(problem, fields) ?? await Reload(trackingNumber, cancellationToken);
    }

    private Task<IActionResult> Required(string trackingNumber, string field, CancellationToken cancellationToken)
    {
        Errors.Required(field);
        return Reload(trackingNumber, cancellationToken);
    }

    private async Task<IActionResult> Reload(string trackingNumber, CancellationToken cancellationToken) =>
        await LoadAsync(trackingNumber, cancellationToken) ?? Page();

    private async Task<IActionResult?> LoadAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        TrackingNumber = trackingNumber;
        var detail = await cases.GetCaseAsync(Slug, trackingNumber, cancellationToken);
        if (!detail.Ok)
        {
            if (detail.Problem.Status == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }
            if (detail.Problem.Status == StatusCodes.Status403Forbidden)
            {
                // An investigator's case of someone else: the page says so, with the status to match.
                Errors.AddGeneral(detail.Problem.Message);
                var page = Page();
                page.StatusCode = StatusCodes.Status403Forbidden;
                return page;
            }
            return Fail(detail.Problem);
        }
        Case = detail.Value;
        if (Case.HasSealedIdentity)
        {
            var mine = await cases.ListDisclosuresAsync(Slug, null, cancellationToken);
            // A custodian is answered every request of the tenant; the others only their own.
            var custodian = Can(WbsClaims.Roles.Custodian);
            MyDisclosures = mine.Value?.Items
                .Where(d => d.TrackingNumber == trackingNumber && (!custodian || d.RequesterName == StaffSession.Name)).ToList() ?? [];
        }
        if (Case.Outcome == "forwarded")
        {
            Forwardings = (await cases.ListForwardingsAsync(Slug, trackingNumber, cancellationToken)).Value ?? [];
        }
        if (CanAssign)
        {
            var staff = await identity.ListStaffAsync(Slug, cancellationToken);
            Staff = staff.Value?.Where(s => !s.Disabled).OrderBy(s => s.Username, StringComparer.Ordinal).ToList() ?? [];
        }
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Dictionary<string, string[]> Rename(IReadOnlyDictionary<string, string[]> errors, string from, string to) =>
        errors.ToDictionary(e => e.Key == from ? to : e.Key, e => e.Value);
}
