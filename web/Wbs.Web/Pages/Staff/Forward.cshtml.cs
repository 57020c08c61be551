using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// Forwarding a case (supervisors, admins): the destination (a national body or another agency on this
/// platform), which evidence to share, passages to black out and a cover note. CaseManagement closes
/// the case as forwarded and signs the package; the case page then says "diteruskan ke …" and offers it.
/// </summary>
public sealed class ForwardModel(SessionCookies sessions, CaseClient cases, TenantCatalog catalog) : StaffPageModel(sessions)
{
    /// <summary>Passage rows offered at once; the form works without JavaScript, so the count is fixed.</summary>
    public const int RedactionRows = 4;

    public static readonly string[] RedactableFields = ["title", "what", "where", "when", "who", "how"];

    [BindProperty] public string? To { get; set; }
    [BindProperty] public List<Guid> EvidenceIds { get; set; } = [];
    [BindProperty] public string?[] RedactionFields { get; set; } = new string?[RedactionRows];
    [BindProperty] public string?[] RedactionTexts { get; set; } = new string?[RedactionRows];
    [BindProperty] public string? Note { get; set; }

    public CaseDetail? Case { get; private set; }

    public string TrackingNumber { get; private set; } = "";

    public IEnumerable<(string Code, string Name)> Destinations =>
        Labels.ForwardingBodies.Concat(catalog.All.Where(t => t.Slug != Slug).OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => ($"tenant:{t.Slug}", t.Name)));

    public async Task<IActionResult> OnGetAsync(string trackingNumber, CancellationToken cancellationToken) =>
        await LoadAsync(trackingNumber, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(To))
        {
            Errors.Add("to", Lang.T("Pilih tujuan penerusan.", "Choose where to forward the case."));
            return await LoadAsync(trackingNumber, cancellationToken) ?? Page();
        }
        var redactions = RedactionTexts.Select((text, i) => (Field: RedactionFields.ElementAtOrDefault(i), Text: text))
            .Where(r => !string.IsNullOrWhiteSpace(r.Text))
            .Select(r => new RedactionRequest(r.Field ?? "", r.Text!.Trim()))
            .ToList();
        var request = new ForwardingRequest(To, EvidenceIds, redactions, string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
        var forwarded = await cases.ForwardAsync(Slug, trackingNumber, request, cancellationToken);
        if (!forwarded.Ok)
        {
            return Fail(forwarded.Problem, "to", "evidenceIds", "note") ?? await LoadAsync(trackingNumber, cancellationToken) ?? Page();
        }
        var name = Destinations.FirstOrDefault(d => d.Code == To).Name ?? To;
        Flash = Lang.T($"Kasus diteruskan ke {name}.", $"Case forwarded to {name}.");
        return SeeOtherUrl(TenantPaths.Of(Slug, $"staff/cases/{Uri.EscapeDataString(trackingNumber)}"));
    }

    private async Task<IActionResult?> LoadAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        TrackingNumber = trackingNumber;
        var detail = await cases.GetCaseAsync(Slug, trackingNumber, cancellationToken);
        if (!detail.Ok)
        {
            return detail.Problem.Status == StatusCodes.Status404NotFound ? NotFound() : Fail(detail.Problem);
        }
        Case = detail.Value;
        return null;
    }
}
