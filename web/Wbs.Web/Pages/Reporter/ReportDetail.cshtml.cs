using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Reporter;

/// <summary>One report as its reporter sees it: status, timeline, messages with a reply form, evidence, notifications.</summary>
public sealed class ReportDetailModel(SessionCookies sessions, CaseClient cases, NotificationClient notifications, IntakeClient intake)
    : ReporterPageModel(sessions)
{
    protected override bool RequiresSession => true;

    public ReportDetail? Report { get; private set; }

    public IReadOnlyList<NotificationItem> Notifications { get; private set; } = [];

    /// <summary>What the reporter wrote; null when Intake cannot answer now (the rest of the page still shows).</summary>
    public ComplaintContentResponse? Own { get; private set; }

    public string? Body { get; private set; }

    /// <summary>The message came back from before the session ended: shown in the form, not sent yet.</summary>
    public bool DraftRestored { get; private set; }

    protected override string? DraftToKeep => Request.HasFormContentType && Request.Query["handler"] == "message" ? Request.Form["body"].ToString() : null;

    public async Task<IActionResult> OnGetAsync(string trackingNumber, CancellationToken cancellationToken)
    {
        if (TakeKeptDraft() is { } draft)
        {
            Body = draft;
            DraftRestored = true;
        }
        return await LoadAsync(trackingNumber, cancellationToken) ?? Page();
    }

    /// <summary>A message typed for a long time is the work most worth keeping.</summary>
    protected override async Task<IActionResult> KeepTypedAsync(IDictionary<string, object?> arguments)
    {
        Body = Argument(arguments, "body");
        var trackingNumber = Argument(arguments, "trackingNumber") ?? "";
        return await LoadAsync(trackingNumber, HttpContext.RequestAborted) ?? Page();
    }

    public async Task<IActionResult> OnPostMessageAsync(string trackingNumber, string? body, CancellationToken cancellationToken)
    {
        Body = body;
        if (string.IsNullOrWhiteSpace(body))
        {
            Errors.Required("body");
            return await LoadAsync(trackingNumber, cancellationToken) ?? Page();
        }
        var sent = await cases.PostReporterMessageAsync(Slug, trackingNumber, body.Trim(), cancellationToken);
        if (sent.Ok)
        {
            Flash = Lang.T("Pesan terkirim.", "Message sent.");
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
        var report = cases.GetReportAsync(Slug, trackingNumber, cancellationToken);
        var inbox = notifications.ListAsync(Slug, cancellationToken);
        var content = intake.GetOwnContentAsync(Slug, trackingNumber, cancellationToken);
        var (detail, notes, own) = (await report, await inbox, await content);
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
        Own = own.Value;
        Notifications = notes.Value?.Items.Where(n => n.TrackingNumber == trackingNumber).ToList() ?? [];
        return null;
    }
}
