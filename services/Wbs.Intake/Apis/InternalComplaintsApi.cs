using System.Security.Claims;

namespace Wbs.Intake.Apis;

/// <summary>
/// Service-to-service reads of report content. The gateway never routes <c>/internal</c>; callers
/// forward the user's token and the same access rules apply as if the user asked directly.
/// </summary>
public static class InternalComplaintsApi
{
    public static IEndpointRouteBuilder MapInternalComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/{tenant}/complaints").RequireTenant().RequireAuthorization().WithTags("Internal");
        api.MapGet("/{trackingNumber}", GetContent).WithName("GetComplaintContent");
        api.MapPost("/titles", GetTitles).WithName("GetComplaintTitles");
        api.MapGet("/search", Search).WithName("SearchComplaints").RequireAuthorization(WbsPolicies.Staff);
        return app;
    }

    public static async Task<Results<Ok<ComplaintContentResponse>, ProblemHttpResult>> GetContent(
        string tenant, string trackingNumber, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (complaint is null || !ComplaintAccess.CanRead(user, complaint))
        {
            return Problems.NotFound("Laporan tidak ditemukan. / Report not found.");
        }
        if (complaint.IsDestroyed)
        {
            return Problems.Problem(StatusCodes.Status410Gone, 
                "Isi laporan telah dimusnahkan setelah masa retensi. / The report's content was destroyed after its retention period.");
        }
        var content = sealer.OpenContent(complaint);
        return TypedResults.Ok(new ComplaintContentResponse(complaint.Id, complaint.TrackingNumber, complaint.Category,
            complaint.ReporterType, content.Title, content.What, content.Where, content.When, content.Who, content.How,
            complaint.Completeness, complaint.SealedIdentity is not null, complaint.EvidenceIds, complaint.SubmittedAt,
            complaint.ResponseDueAt));
    }

    public static async Task<Ok<TitlesResponse>> GetTitles(
        string tenant, TitlesRequest request, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, CancellationToken cancellationToken)
    {
        var wanted = request.TrackingNumbers?.Distinct().Take(500).ToList() ?? [];
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Tenant == tenant && wanted.Contains(c.TrackingNumber))
            .ToListAsync(cancellationToken);
        var items = complaints
            .Where(c => !c.IsDestroyed && ComplaintAccess.CanRead(user, c))
            .Select(c => new TitleItem(c.TrackingNumber, sealer.OpenContent(c).Title))
            .ToList();
        return TypedResults.Ok(new TitlesResponse(items));
    }

    /// <summary>
    /// Titles are sealed, so the database cannot search them: this opens the tenant's titles in
    /// memory. Fine for an agency's yearly volume; a blind index is the next step if it grows.
    /// </summary>
    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        string tenant, [FromQuery] string? q, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, CancellationToken cancellationToken)
    {
        if (!ComplaintAccess.IsContentStaff(user))
        {
            return Problems.Forbidden();
        }
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(new SearchResponse([]));
        }
        var matches = new List<string>();
        await foreach (var c in db.Complaints.AsNoTracking().Where(c => c.Tenant == tenant).OrderByDescending(c => c.SubmittedAt)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!c.IsDestroyed && sealer.OpenContent(c).Title.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(c.TrackingNumber);
            }
        }
        return TypedResults.Ok(new SearchResponse(matches));
    }
}
