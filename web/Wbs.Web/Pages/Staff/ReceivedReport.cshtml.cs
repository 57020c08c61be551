using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Wbs.Contracts;

namespace Wbs.Web.Pages.Staff;

/// <summary>
/// A report received by letter, phone, e-mail or in person: a verifier (supervisor, admin) enters it
/// and prints the slip with the tracking number and complaint code for the reporter, who then follows
/// the report online like everyone else. The code is shown once.
/// </summary>
public sealed class ReceivedReportModel(SessionCookies sessions, IntakeClient intake, OneTimeCookie oneTime, TimeProvider clock)
    : StaffPageModel(sessions)
{
    public const string SlipCookie = "wbs_slip";

    /// <summary>Receipt dates are days in the agency's time zone; WIB until tenants carry their own.</summary>
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static readonly string[] EntryRoles = [WbsClaims.Roles.Verifier, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Admin];

    [BindProperty] public string Channel { get; set; } = ReportChannels.Letter;
    [BindProperty] public string? ReceivedOn { get; set; }
    [BindProperty] public string ReporterType { get; set; } = "external";
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? Where { get; set; }
    [BindProperty] public string? When { get; set; }
    [BindProperty] public string? Who { get; set; }
    [BindProperty] public string? How { get; set; }
    [BindProperty] public string? IdentityName { get; set; }
    [BindProperty] public string? IdentityContact { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public ReceivedReportSlip? Slip { get; private set; }

    public string Today => clock.GetUtcNow().ToOffset(Wib).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string CookiePath => $"/{Slug}/staff/laporan-masuk";

    public IActionResult OnGet()
    {
        Slip = oneTime.Take<ReceivedReportSlip>(HttpContext, SlipCookie, CookiePath);
        ReceivedOn = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? receivedAt = null;
        if (ReceivedOn is { Length: > 0 } day && day != Today)
        {
            if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Errors.Add("receivedAt", "Tanggal diterima tidak sah. / Invalid receipt date.");
                return Page();
            }
            receivedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Wib);
        }
        var identity = string.IsNullOrWhiteSpace(IdentityName) && string.IsNullOrWhiteSpace(IdentityContact)
            ? null
            : new SealedIdentity(IdentityName, IdentityContact);
        var entry = new ReceivedReportEntry(ReporterType, Category ?? "", Title ?? "", What ?? "", Where, When, Who, How, identity, Channel,
            receivedAt);
        var created = await intake.EnterReceivedReportAsync(Slug, entry, IdempotencyKey, Token, cancellationToken);
        if (!created.Ok)
        {
            return Fail(created.Problem, "channel", "receivedAt", "reporterType", "category", "title", "what", "where", "when", "who", "how",
                "identity.name", "identity.contact") ?? Page();
        }
        var c = created.Value;
        oneTime.Write(HttpContext, SlipCookie, CookiePath, new ReceivedReportSlip(c.TrackingNumber, c.ComplaintCode, c.Channel, c.SubmittedAt,
            c.ResponseDueAt));
        return SeeOtherUrl(CookiePath);
    }
}
