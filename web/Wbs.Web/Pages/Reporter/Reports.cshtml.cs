using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>"Laporan saya": the reports this session reaches, the reporter's notifications, and linking an older report by its code.</summary>
public sealed class ReportsModel(SessionCookies sessions, CaseClient cases, NotificationClient notifications, IdentityClient identity)
    : ReporterPageModel(sessions)
{
    protected override bool RequiresSession => true;

    public IReadOnlyList<ReportSummary> Reports { get; private set; } = [];

    public NotificationList? Notifications { get; private set; }

    /// <summary>One unread count per report, the same one its page and the notifications show: its unread notifications.</summary>
    public int UnreadFor(string trackingNumber) => Notifications?.Items.Count(n => !n.Read && n.TrackingNumber == trackingNumber) ?? 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    protected override async Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments) =>
        await LoadAsync(HttpContext.RequestAborted) ?? Page();

    public async Task<IActionResult> OnPostLinkAsync(string? complaintCode, CancellationToken cancellationToken)
    {
        if (Session is not { IsAccount: true })
        {
            return SeeOther("/masuk");
        }
        if (string.IsNullOrWhiteSpace(complaintCode))
        {
            Errors.Required("complaintCode");
        }
        else
        {
            var linked = await identity.LinkReportAsync(Slug, complaintCode.Trim(), cancellationToken);
            if (linked.Ok)
            {
                Flash = Lang.T("Laporan terhubung dengan akun Anda. Pembaruan dapat memerlukan beberapa detik.", "The report is linked to your account.");
                return SeeOther("/laporan");
            }
            if (IsSignInLost(linked.Problem))
            {
                return SignInAgain();
            }
            Errors.Add(linked.Problem, "complaintCode");
        }
        return await LoadAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MarkNotificationReadAsync(notifications, id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }
        return Errors.Any ? await LoadAsync(cancellationToken) ?? Page() : SeeOther("/laporan");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var list = cases.ListReportsAsync(Slug, cancellationToken);
        var inbox = notifications.ListAsync(Slug, cancellationToken);
        var (reports, notes) = (await list, await inbox);
        if (!reports.Ok)
        {
            if (IsSignInLost(reports.Problem))
            {
                return SignInAgain();
            }
            Errors.AddGeneral(reports.Problem.Message);
        }
        Reports = reports.Value ?? [];
        Notifications = notes.Value;
        return null;
    }
}
