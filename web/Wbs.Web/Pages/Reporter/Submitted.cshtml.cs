namespace Wbs.Web.Pages.Reporter;

/// <summary>The result of a submission: the complaint code, shown this once.</summary>
public sealed class SubmittedModel(SessionCookies sessions, OneTimeCookie oneTime) : ReporterPageModel(sessions)
{
    public SubmittedReport? Result { get; private set; }

    public void OnGet() => Result = oneTime.Take<SubmittedReport>(HttpContext, NewReportModel.ResultCookie, $"/{Slug}/lapor/terkirim");
}
