using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>One report as its reporter sees it: status, timeline, messages with a reply form, evidence, notifications.</summary>
public sealed class ReportDetailModel(SessionCookies sessions, CaseClient cases, NotificationClient notifications) : ReporterPageModel(sessions)
{
    protected override bool RequiresSession => true;

    public ReportDetail? Report { get; private set; }

    public IReadOnlyList<NotificationItem> Notifications { get; private set; } = [];

    public string? Body { get; private set; }

    public async Task<IActionResult> OnGetAsync(string trackingNumber, CancellationToken cancellationToken) =>
        await LoadAsync(trackingNumber, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostMessageAsync(string trackingNumber, string? body, CancellationToken cancellationToken)
    {
        Body = body;
        if (string.IsNullOrWhiteSpace(body))
        {
            Errors.Add("body", "Wajib diisi. / Required.");
            return await LoadAsync(trackingNumber, cancellationToken) ?? Page();
        }
        var sent = await cases.PostReporterMessageAsync(Slug, trackingNumber, body.Trim(), Session!.AccessToken, cancellationToken);
        if (sent.Ok)
        {
            Flash = "Pesan terkirim. / Message sent.";
            return SeeOther($"/laporan/{Uri.EscapeDataString(trackingNumber)}");
        }
        if (IsSignInLost(sent.Problem))
        {
            return SignInAgain();
        }
        Errors.Add(sent.Problem, "body");
        return await LoadAsync(trackingNumber, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostReadAsync(string trackingNumber, Guid id, CancellationToken cancellationToken)
    {
        if (await MarkNotificationReadAsync(notifications, id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }
        return Errors.Any ? await LoadAsync(trackingNumber, cancellationToken) ?? Page() : SeeOther($"/laporan/{Uri.EscapeDataString(trackingNumber)}");
    }

    private async Task<IActionResult?> LoadAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        var token = Session!.AccessToken;
        var report = cases.GetReportAsync(Slug, trackingNumber, token, cancellationToken);
        var inbox = notifications.ListAsync(Slug, token, cancellationToken);
        var (detail, notes) = (await report, await inbox);
        if (!detail.Ok)
        {
            if (IsSignInLost(detail.Problem))
            {
                return SignInAgain();
            }
            if (detail.Problem.Status == StatusCodes.Status404NotFound)
            {
                return NotFound();
            }
            Errors.AddGeneral(detail.Problem.Message);
            return null;
        }
        Report = detail.Value;
        Notifications = notes.Value?.Items.Where(n => n.TrackingNumber == trackingNumber).ToList() ?? [];
        return null;
    }
}
