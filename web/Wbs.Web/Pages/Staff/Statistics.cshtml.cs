using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>Counts by status, category, month, reporter type, outcome and SLA (admins, supervisors, auditors), with a CSV download.</summary>
public sealed class StatisticsModel(SessionCookies sessions, CaseClient cases) : StaffPageModel(sessions)
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public CaseStatistics? Statistics { get; private set; }

    public string CsvLink => TenantPaths.Of(Slug, "staff/statistics.csv") + Period;

    public string ChartLink(string name) => TenantPaths.Of(Slug, $"staff/statistics/charts/{name}.svg") + Period;

    /// <summary>The periodic report needs a whole period.</summary>
    public string? ReportLink => From is null || To is null ? null : TenantPaths.Of(Slug, "staff/statistics/report.pdf") + Period;

    private QueryString Period => QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
    }.Where(p => p.Value is not null));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var answer = await cases.GetStatisticsAsync(Slug, Dates.Start(From), Dates.End(To), cancellationToken);
        if (!answer.Ok)
        {
            return Fail(answer.Problem, "from", "to") ?? Page();
        }
        Statistics = answer.Value;
        return Page();
    }
}
