using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Wbs.Web.Endpoints;

/// <summary>
/// Downloads for the staff console, behind the staff cookie: evidence streamed from EvidenceStorage
/// with the staff session that <see cref="StaffSessionFilter"/> let through (EvidenceStorage audits each view),
/// and the statistics as CSV.
/// </summary>
public static class StaffDownloads
{
    public static IEndpointRouteBuilder MapStaffDownloads(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/{tenant}/staff").AddEndpointFilter<StaffSessionFilter>();
        staff.MapGet("/cases/{trackingNumber}/evidence/{evidenceId:guid}", DownloadEvidence).WithName("DownloadEvidence");
        staff.MapGet("/cases/{trackingNumber}/penerusan/{forwardingId:guid}", DownloadForwardingPackage).WithName("DownloadForwardingPackage");
        staff.MapGet("/statistics.csv", DownloadStatistics).WithName("DownloadStatistics");
        staff.MapGet("/statistics/charts/{name}.svg", StatisticsChart).WithName("StatisticsChart");
        staff.MapGet("/statistics/report.pdf", StatisticsReport).WithName("StatisticsReport");
        return app;
    }

    public static async Task<IResult> DownloadEvidence(string tenant, string trackingNumber, Guid evidenceId, HttpContext http,
        EvidenceClient evidence, CancellationToken cancellationToken)
    {
        var (response, problem) = await evidence.OpenContentAsync(tenant, evidenceId, cancellationToken);
        if (response is null)
        {
            return TypedResults.StatusCode(problem!.Status);
        }
        http.Response.RegisterForDispose(response);
        var content = response.Content;
        var fileName = content.Headers.ContentDisposition?.FileNameStar ?? content.Headers.ContentDisposition?.FileName?.Trim('"') ?? $"{evidenceId}";
        // Always a download, never rendered inside the console: the file came from an untrusted reporter.
        return TypedResults.Stream(await content.ReadAsStreamAsync(cancellationToken), "application/octet-stream", fileName);
    }

    /// <summary>The signed forwarding package, as CaseManagement builds and audits it.</summary>
    public static async Task<IResult> DownloadForwardingPackage(string tenant, string trackingNumber, Guid forwardingId,
        CaseClient cases, CancellationToken cancellationToken)
    {
        var package = await cases.GetForwardingPackageAsync(tenant, trackingNumber, forwardingId, cancellationToken);
        return package.Ok
            ? TypedResults.File(package.Value, "application/zip", $"penerusan-{trackingNumber}.zip")
            : TypedResults.StatusCode(package.Problem.Status);
    }

    public static Task<IResult> DownloadStatistics(string tenant, DateOnly? from, DateOnly? to, string? lang,
        CaseClient cases, CancellationToken cancellationToken) =>
        StatisticsFileAsync(tenant, "", from, to, lang, "text/csv; charset=utf-8", $"statistik-{tenant}.csv", cases,
            cancellationToken);

    public static Task<IResult> StatisticsChart(string tenant, string name, DateOnly? from, DateOnly? to, string? lang,
        CaseClient cases, CancellationToken cancellationToken) =>
        StatisticsFileAsync(tenant, $"charts/{Uri.EscapeDataString(name)}", from, to, lang, "image/svg+xml", null, cases,
            cancellationToken);

    public static Task<IResult> StatisticsReport(string tenant, DateOnly? from, DateOnly? to, string? lang,
        CaseClient cases, CancellationToken cancellationToken) =>
        StatisticsFileAsync(tenant, "report", from, to, lang, "application/pdf",
            $"laporan-pengaduan-{tenant}-{from:yyyyMMdd}-{to:yyyyMMdd}.pdf", cases, cancellationToken);

    /// <summary>CSV, charts and the periodic report pass through as CaseManagement made them (the CSV keeps its BOM).</summary>
    private static async Task<IResult> StatisticsFileAsync(string tenant, string rest, DateOnly? from, DateOnly? to, string? lang,
        string contentType, string? downloadName, CaseClient cases,
        CancellationToken cancellationToken)
    {
        // The reader's language (cookie or ?lang=) when the link names none: CSV headers and chart labels follow it.
        var file = await cases.GetStatisticsFileAsync(tenant, rest, Pages.Staff.Dates.Start(from), Pages.Staff.Dates.End(to), lang ?? Lang.Current,
            cancellationToken);
        if (!file.Ok)
        {
            return TypedResults.StatusCode(file.Problem.Status);
        }
        return TypedResults.File(file.Value, contentType, downloadName);
    }
}
