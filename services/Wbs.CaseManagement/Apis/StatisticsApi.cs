namespace Wbs.CaseManagement.Apis;

/// <summary>Counts for reporting (admins, supervisors, auditors): metadata only, never content.</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/{tenant}/statistics")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Statistics");
        group.MapGet("/", GetStatistics).WithName("GetStatistics")
            .WithSummary("Counts by status, category, channel, month, reporter type, outcome and deadline; ?format=csv or Accept: text/csv for CSV");
        group.MapGet("/charts/{name}", GetChart).WithName("GetStatisticsChart")
            .WithSummary("A chart as SVG: by-month, by-status, by-category, by-channel, sla, first-response");
        group.MapGet("/report", GetReport).WithName("GetStatisticsReport")
            .WithSummary("Laporan hasil pengelolaan pengaduan: the periodic report for ?from=&to= as PDF");
        return app;
    }

    public static async Task<Results<Ok<CaseStatistics>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetStatistics(
        string tenant, [AsParameters] StatisticsQuery query, HttpContext http, ClaimsPrincipal user, StatisticsReader reader,
        CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadStatistics(user))
        {
            return CaseProblems.Forbidden();
        }
        if (StatisticsReader.Errors(query) is { } errors)
        {
            return Problems.Validation(errors);
        }
        var statistics = await reader.ReadAsync(http.Tenant(), query.From, query.To, cancellationToken);
        var wantsCsv = query.Format == "csv" || (query.Format is null
            && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)));
        if (!wantsCsv)
        {
            return TypedResults.Ok(statistics);
        }
        var text = new StatisticsText(ReaderLanguage.Of(http.Request), http.Tenant());
        return TypedResults.File(StatisticsCsv.Write(statistics, text), "text/csv; charset=utf-8", $"statistik-{tenant}.csv");
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetChart(
        string tenant, string name, [AsParameters] StatisticsQuery query, HttpContext http, ClaimsPrincipal user, StatisticsReader reader,
        CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadStatistics(user))
        {
            return CaseProblems.Forbidden();
        }
        if (!StatisticsCharts.Names.Contains(name))
        {
            return Problems.NotFound(
                $"Grafik tidak dikenal; tersedia: {string.Join(", ", StatisticsCharts.Names)}. / Unknown chart; available: {string.Join(", ", StatisticsCharts.Names)}.");
        }
        if (StatisticsReader.Errors(query) is { } errors)
        {
            return Problems.Validation(errors);
        }
        var statistics = await reader.ReadAsync(http.Tenant(), query.From, query.To, cancellationToken);
        var chart = StatisticsCharts.For(name, statistics, new StatisticsText(ReaderLanguage.Of(http.Request), http.Tenant()))!;
        return TypedResults.Content(SvgChart.Render(chart), "image/svg+xml; charset=utf-8");
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetReport(
        string tenant, [AsParameters] StatisticsQuery query, HttpContext http, ClaimsPrincipal user, StatisticsReader reader,
        StatisticsReportPdf pdf, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadStatistics(user))
        {
            return CaseProblems.Forbidden();
        }
        var errors = StatisticsReader.Errors(query) ?? [];
        if (query.From is null) { errors["from"] = ["Tanggal mulai periode wajib diisi. / The period's start is required."]; }
        if (query.To is null) { errors["to"] = ["Tanggal akhir periode wajib diisi. / The period's end is required."]; }
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }
        var statistics = await reader.ReadAsync(http.Tenant(), query.From, query.To, cancellationToken);
        var text = new StatisticsText(ReaderLanguage.Of(http.Request), http.Tenant());
        var file = pdf.Write(statistics, text, http.Tenant());
        return TypedResults.File(file, "application/pdf", $"laporan-pengaduan-{tenant}-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}.pdf");
    }
}
