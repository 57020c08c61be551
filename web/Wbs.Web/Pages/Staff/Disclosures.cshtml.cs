using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// Identity disclosures. A custodian sees the tenant's pending requests and approves or denies them
/// (never their own: CaseManagement refuses); every other staff member sees their own requests and,
/// while an approved one lasts, opens the identity. Each read is audited before Intake opens it, so
/// reading is a POST and the identity is shown on that answer only, never stored or cached.
/// </summary>
public sealed class DisclosuresModel(SessionCookies sessions, CaseClient cases, IntakeClient intake, TimeProvider clock)
    : StaffPageModel(sessions)
{
    public IReadOnlyList<DisclosureItem> Items { get; private set; } = [];

    public DisclosedIdentityResponse? Identity { get; private set; }

    public bool IsCustodian => Can(WbsClaims.Roles.Custodian);

    public DateTimeOffset Now => clock.GetUtcNow();

    public IEnumerable<DisclosureItem> Pending => Items.Where(d => d.Status == "pending");

    public IEnumerable<DisclosureItem> Decided => Items.Where(d => d.Status != "pending");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostDecideAsync(Guid disclosureId, bool? approve, string? note, CancellationToken cancellationToken)
    {
        if (approve is not { } decision)
        {
            Errors.AddGeneral(Lang.T("Pilih setujui atau tolak.", "Choose approve or deny."));
            return await LoadAsync(cancellationToken) ?? Page();
        }
        var decided = await cases.DecideDisclosureAsync(Slug, disclosureId, decision, string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            cancellationToken);
        if (!decided.Ok)
        {
            return Fail(decided.Problem) ?? await LoadAsync(cancellationToken) ?? Page();
        }
        Flash = decision
            ? Lang.T("Pengungkapan disetujui. Peminta dapat membuka identitas selama masa berlakunya.", "Disclosure approved. The requester may open the identity while it lasts.")
            : Lang.T("Pengungkapan ditolak.", "Disclosure denied.");
        return SeeOther("/staff/pengungkapan");
    }

    public async Task<IActionResult> OnPostReadAsync(string? trackingNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber))
        {
            return await LoadAsync(cancellationToken) ?? Page();
        }
        var read = await intake.ReadDisclosedIdentityAsync(Slug, trackingNumber, cancellationToken);
        if (!read.Ok)
        {
            return Fail(read.Problem) ?? await LoadAsync(cancellationToken) ?? Page();
        }
        Identity = read.Value;
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var list = await cases.ListDisclosuresAsync(Slug, null, cancellationToken);
        if (!list.Ok)
        {
            return Fail(list.Problem);
        }
        Items = list.Value.Items;
        return null;
    }
}
