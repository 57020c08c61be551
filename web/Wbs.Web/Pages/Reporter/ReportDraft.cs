using Wbs.ServiceDefaults.Problems;
using Wbs.Web.Infrastructure.Receipts;

namespace Wbs.Web.Pages.Reporter;

/// <summary>
/// The report form's state between its steps. Without JavaScript each evidence upload posts the
/// whole form, so the typed text and the evidence already uploaded travel in the form itself
/// (hidden fields), never in a server-side store or a URL.
/// The report's own fields are those of the API's <see cref="ComplaintRequest"/>; the draft adds what the
/// form carries besides them (its idempotency key, the identity's two fields, the evidence as uploaded).
/// </summary>
public sealed record ReportDraft : ComplaintRequest
{
    public string IdempotencyKey { get; init; } = Guid.NewGuid().ToString();
    public string? IdentityName { get; init; }
    public string? IdentityContact { get; init; }
    public List<DraftEvidence> Evidence { get; init; } = [];

    public static ReportDraft From(StreamedForm form) => new()
    {
        IdempotencyKey = Guid.TryParse(form["idempotencyKey"], out var key) ? key.ToString() : Guid.NewGuid().ToString(),
        ReporterType = form.Text("reporterType"),
        Category = form.Text("category"),
        Title = form.Text("title"),
        What = form.Text("what"),
        Where = form.Text("where"),
        When = form.Text("when"),
        Who = form.Text("who"),
        How = form.Text("how"),
        IdentityName = form.Text("identity.name"),
        IdentityContact = form.Text("identity.contact"),
        Evidence = [.. form.All("evidence").Select(DraftEvidence.Parse).OfType<DraftEvidence>().DistinctBy(e => e.Id).Take(Limits.EvidencePerReport)],
    };

    /// <summary>What the review step needs before it shows the report; Intake checks the rest when it is sent.</summary>
    public bool CheckRequired(FormErrors errors)
    {
        if (ReporterType is not ("internal" or "external"))
        {
            errors.Add("reporterType", Lang.T("Pilih pegawai instansi atau masyarakat umum.", "Choose staff of the agency or member of the public."));
        }
        if (Category is null) { errors.Add("category", Lang.T("Pilih jenis pelanggaran.", "Choose a category.")); }
        if (Title is null) { errors.Required("title"); }
        if (What is null) { errors.Required("what"); }
        return !errors.Any;
    }

    /// <summary>The receipt's digest of what was sent (the sealed identity left out).</summary>
    public string ContentDigest() => ReceiptSigner.Digest(new
    {
        ReporterType, Category, Title, What, Where, When, Who, How,
        Evidence = Evidence.Select(e => new { e.Name, e.Size }),
    });

    public ComplaintRequest ToSubmission() => new()
    {
        ReporterType = ReporterType ?? "", Category = Category ?? "", Title = Title ?? "", What = What ?? "", Where = Where, When = When, Who = Who,
        How = How, EvidenceIds = [.. Evidence.Select(e => e.Id)],
        Identity = IdentityName is null && IdentityContact is null ? null : new IdentityRequest(IdentityName, IdentityContact),
    };
}
