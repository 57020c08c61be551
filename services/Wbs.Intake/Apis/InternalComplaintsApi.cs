using System.Security.Claims;

namespace Wbs.Intake.Apis;

/// <summary>
/// Service-to-service reads of report content. The gateway never routes <c>/internal</c>; callers
/// forward the user's token and the same access rules apply as if the user asked directly: a reporter
/// reads their own report, staff only what CaseManagement's case access allows (investigators: assigned
/// cases), and CaseManagement audits every staff read before the content leaves.
/// </summary>
public static class InternalComplaintsApi
{
    private const string ContentPurpose = "content";
    private const string TitlesPurpose = "titles";
    private const string SearchPurpose = "search";

    public static IEndpointRouteBuilder MapInternalComplaintsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/{tenant}/complaints").RequireTenant().RequireAuthorization().WithTags("Internal");
        // The web app reads a reporter's own report; staff reads come through CaseManagement.
        api.MapGet("/{trackingNumber}", GetContent).WithName("GetComplaintContent")
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement, ServiceIdentity.Services.Web);
        api.MapPost("/titles", GetTitles).WithName("GetComplaintTitles").RequireServiceCaller(ServiceIdentity.Services.CaseManagement);
        api.MapGet("/search", Search).WithName("SearchComplaints").RequireAuthorization(WbsPolicies.Staff)
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement);
        return app;
    }

    public static async Task<Results<Ok<ComplaintContentResponse>, ProblemHttpResult>> GetContent(
        string tenant, string trackingNumber, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, CaseManagementClient cases,
        IdentityClient identity, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (complaint is null
            || (!ComplaintAccess.CanRead(user, complaint) && (await LinkedSinceAsync(user, identity, tenant, [complaint], cancellationToken)).Count == 0))
        {
            return Problems.NotFound("Laporan tidak ditemukan. / Report not found.");
        }
        if (user.IsStaff() && !complaint.IsDestroyed
            && !(await cases.ReadableAsync(tenant, ContentPurpose, [trackingNumber], cancellationToken)).Contains(trackingNumber))
        {
            return Problems.Forbidden("Laporan ini tidak ditugaskan kepada Anda. / This case is not assigned to you.");
        }
        if (complaint.IsDestroyed)
        {
            return Problems.Problem(StatusCodes.Status410Gone, 
                "Isi laporan telah dimusnahkan setelah masa retensi. / The report's content was destroyed after its retention period.");
        }
        var content = sealer.OpenContent(complaint);
        return TypedResults.Ok(new ComplaintContentResponse(complaint.Id, complaint.TrackingNumber, complaint.Category,
            complaint.ReporterType, content.Title, content.What, content.Where, content.When, content.Who, content.How,
            complaint.Completeness.ToAnswer(), complaint.SealedIdentity is not null, complaint.EvidenceIds, complaint.SubmittedAt,
            complaint.ResponseDueAt));
    }

    public static async Task<Ok<TitlesResponse>> GetTitles(
        string tenant, TitlesRequest request, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, CaseManagementClient cases,
        IdentityClient identity, CancellationToken cancellationToken)
    {
        var wanted = request.TrackingNumbers?.Distinct().Take(500).ToList() ?? [];
        var complaints = await db.Complaints.AsNoTracking()
            .Where(c => c.Tenant == tenant && wanted.Contains(c.TrackingNumber))
            .ToListAsync(cancellationToken);
        var linkedSince = await LinkedSinceAsync(user, identity, tenant, [.. complaints.Where(c => !ComplaintAccess.CanRead(user, c))],
            cancellationToken);
        var readable = complaints.Where(c => !c.IsDestroyed && (ComplaintAccess.CanRead(user, c) || linkedSince.Contains(c.TrackingNumber))).ToList();
        if (user.IsStaff() && readable.Count > 0)
        {
            var allowed = await cases.ReadableAsync(tenant, TitlesPurpose, [.. readable.Select(c => c.TrackingNumber)], cancellationToken);
            readable = [.. readable.Where(c => allowed.Contains(c.TrackingNumber))];
        }
        var items = readable
            .Select(c => new TitleItem(c.TrackingNumber, sealer.Title(c)))
            .ToList();
        return TypedResults.Ok(new TitlesResponse(items));
    }

    /// <summary>
    /// Read-your-writes for an account: of <paramref name="refused"/>, those Identity says the account follows although
    /// their <see cref="ReporterAccountLinked"/> has not reached Intake yet. Identity is asked only when there is one.
    /// </summary>
    private static async Task<IReadOnlySet<string>> LinkedSinceAsync(ClaimsPrincipal user, IdentityClient identity, string tenant,
        IReadOnlyList<Complaint> refused, CancellationToken cancellationToken)
    {
        if (user.AccountId() is null || refused.Count == 0)
        {
            return new HashSet<string>();
        }
        try
        {
            var linked = await identity.LinkedTrackingNumbersAsync(tenant, cancellationToken);
            return refused.Select(c => c.TrackingNumber).Where(linked.Contains).ToHashSet(StringComparer.Ordinal);
        }
        catch (PeerUnavailableException)
        {
            return new HashSet<string>();
        }
    }

    /// <summary>
    /// Staff title search (<see cref="TitleSearch"/>), audited by CaseManagement, naming only what the caller may see, each
    /// with its title: the audit entry counts every title released, and CaseManagement shows a page of them without a
    /// second round of titles and audit.
    /// </summary>
    public static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Search(
        string tenant, [FromQuery] string? q, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, TitleIndex titleIndex,
        CaseManagementClient cases, CancellationToken cancellationToken)
    {
        if (!ComplaintAccess.IsContentStaff(user))
        {
            return Problems.Forbidden();
        }
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.Ok(new SearchResponse([]));
        }
        var matches = await TitleSearch.FindAsync(db, sealer, titleIndex, tenant, q, cancellationToken);
        // The search is audited even without a match; only the reports the caller may see are named.
        var allowed = await cases.ReadableAsync(tenant, SearchPurpose, [.. matches.Select(m => m.TrackingNumber)], cancellationToken);
        return TypedResults.Ok(new SearchResponse([.. matches.Where(m => allowed.Contains(m.TrackingNumber))]));
    }
}
