using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wbs.Contracts;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// A report received by letter, phone, e-mail or in person: a verifier (supervisor, admin) enters it
/// and prints the slip with the tracking number and complaint code for the reporter, who then follows
/// the report online like everyone else. The code is shown once. Scans of a letter go with it as
/// evidence: the form is read as a stream (never buffered to disk), each scan going on to
/// EvidenceStorage as it arrives, and a form that comes back keeps the scans already uploaded.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ReceivedReportModel(SessionCookies sessions, IntakeClient intake, EvidenceClient evidence, StreamingFormReader reader,
    OneTimeCookie oneTime, TimeProvider clock) : StaffPageModel(sessions)
{
    public const string SlipCookie = "wbs_slip";

    /// <summary>Receipt dates are days in the agency's time zone; WIB until tenants carry their own.</summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static readonly string[] EntryRoles = [WbsClaims.Roles.Verifier, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Admin];

    public string Channel { get; set; } = ReportChannels.Letter;
    public string? ReceivedOn { get; set; }
    public string ReporterType { get; set; } = "external";
    public string? Category { get; set; }
    public string? Title { get; set; }
    public string? What { get; set; }
    public string? Where { get; set; }
    public string? When { get; set; }
    public string? Who { get; set; }
    public string? How { get; set; }
    public string? IdentityName { get; set; }
    public string? IdentityContact { get; set; }
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Scans uploaded with this entry (kept in the form when it comes back).</summary>
    public List<ReceivedScan> Scans { get; } = [];

    protected override bool ChecksAntiforgeryItself => true;

    public ReceivedReportSlip? Slip { get; private set; }

    public string Today => clock.GetUtcNow().ToOffset(Wib).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string CookiePath => TenantPaths.Of(Slug, "staff/laporan-masuk");

    public IActionResult OnGet()
    {
        Slip = TakeOneTime<ReceivedReportSlip>(SlipCookie, CookiePath);
        ReceivedOn = Today;
        return Page();
    }

    /// <summary>The header's language switch: the slip again in the other language, within its ten minutes.</summary>
    public IActionResult OnPostLanguage(string? @sealed) => ReshowOneTime<ReceivedReportSlip>(SlipCookie, CookiePath, @sealed);

    /// <summary>No bound parameters: binding would buffer the scans (see <see cref="StreamingFormReader"/>).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var read = await reader.ReadAsync(HttpContext, async file =>
        {
            var uploaded = await evidence.UploadAsync(Slug, file.FileName, file.ContentType, file.Content, cancellationToken);
            if (uploaded.Ok)
            {
                Scans.Add(new ReceivedScan(uploaded.Value.EvidenceId, uploaded.Value.FileName));
            }
            else
            {
                Errors.Add("scans", $"{file.FileName}: {uploaded.Problem.Message}");
            }
        }, cancellationToken);
        if (read.Form is not { } form)
        {
            return StatusCode(read.Refusal ?? StatusCodes.Status400BadRequest);
        }
        Fill(form);
        if (read.TokenLost)
        {
            Errors.AddGeneral(TokenLostMessage);
            return Page();
        }
        if (Errors.Any)
        {
            return Page();
        }
        DateTimeOffset? receivedAt = null;
        if (ReceivedOn is { Length: > 0 } day && day != Today)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Errors.Add("receivedAt", Lang.T("Tanggal diterima tidak dapat dibaca; pilih tanggal dari kalender.", "The date received could not be read; pick a date from the calendar."));
                return Page();
            }
            receivedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Wib);
        }
        var identity = string.IsNullOrWhiteSpace(IdentityName) && string.IsNullOrWhiteSpace(IdentityContact)
            ? null
            : new IdentityRequest(IdentityName, IdentityContact);
        var entry = new ReceivedComplaintRequest
        {
            ReporterType = ReporterType, Category = Category ?? "", Title = Title ?? "", What = What ?? "", Where = Where, When = When, Who = Who,
            How = How, EvidenceIds = [.. Scans.Select(s => s.EvidenceId)], Identity = identity, Channel = Channel, ReceivedAt = receivedAt,
        };
        var created = await intake.EnterReceivedReportAsync(Slug, entry, IdempotencyKey, cancellationToken);
        if (!created.Ok)
        {
            return Fail(created.Problem, "channel", "receivedAt", "reporterType", "category", "title", "what", "where", "when", "who", "how",
                "identity.name", "identity.contact", "evidenceIds") ?? Page();
        }
        var c = created.Value;
        oneTime.Write(HttpContext, SlipCookie, CookiePath, new ReceivedReportSlip(c.TrackingNumber, c.ComplaintCode, c.Channel, c.SubmittedAt,
            c.ResponseDueAt));
        return SeeOtherUrl(CookiePath);
    }

    private void Fill(StreamedForm form)
    {
        Channel = form.Text("Channel") ?? Channel;
        ReceivedOn = form.Text("ReceivedOn");
        ReporterType = form.Text("ReporterType") ?? ReporterType;
        (Category, Title, What, Where, When, Who, How) =
            (form.Text("Category"), form.Text("Title"), form.Text("What"), form.Text("Where"), form.Text("When"), form.Text("Who"), form.Text("How"));
        (IdentityName, IdentityContact) = (form.Text("IdentityName"), form.Text("IdentityContact"));
        IdempotencyKey = form.Text("IdempotencyKey") ?? IdempotencyKey;
        // Scans uploaded by an earlier try of this form come back as hidden fields "id|name".
        foreach (var kept in form.All("KeptScans"))
        {
            if (kept.Split('|', 2) is [var id, var name] && Guid.TryParse(id, out var evidenceId) && Scans.All(s => s.EvidenceId != evidenceId))
            {
                Scans.Add(new ReceivedScan(evidenceId, name));
            }
        }
    }
}
