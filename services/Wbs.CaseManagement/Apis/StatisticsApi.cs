namespace Wbs.CaseManagement.Apis;

/// <summary>Counts for reporting (admins, supervisors, auditors): metadata only, never content.</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{tenant}/statistics")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Statistics")
            .MapGet("/", GetStatistics).WithName("GetStatistics");
        return app;
    }

    public static async Task<Results<Ok<CaseStatistics>, ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetStatistics(
        string tenant, [AsParameters] StatisticsQuery query, HttpContext http, ClaimsPrincipal user, CaseDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanReadStatistics(user))
        {
            return CaseProblems.Forbidden();
        }
        if (query is { From: { } f, To: { } t } && f > t)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = ["Tanggal akhir harus sesudah tanggal awal. / The end date must be after the start date."],
            }, title: ProblemTitles.For(400));
        }
        var cases = db.Cases.AsNoTracking().Where(c => c.Tenant == tenant);
        if (query.From is { } from) { var utc = from.ToUniversalTime(); cases = cases.Where(c => c.SubmittedAt >= utc); }
        if (query.To is { } to) { var utc = to.ToUniversalTime(); cases = cases.Where(c => c.SubmittedAt <= utc); }
        var facts = await cases
            .Select(c => new CaseFacts(c.Status, c.Category, c.ReporterType, c.Outcome, c.SubmittedAt, c.ResponseDueAt,
                c.FirstResponseAt, c.ResolvedAt))
            .ToListAsync(cancellationToken);

        var statistics = StatisticsCalculator.Compute(facts, clock.GetUtcNow(), query.From, query.To);
        var wantsCsv = http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        return wantsCsv
            ? TypedResults.Text(StatisticsCsv.Write(statistics), "text/csv; charset=utf-8")
            : TypedResults.Ok(statistics);
    }
}
