using System.Security.Claims;

namespace Wbs.Intake.Apis;

/// <summary>
/// The sealed identity of a report. The reporter may leave or replace it after submission; staff
/// read it only through an approved disclosure, which CaseManagement decides and audits. The
/// gateway sends exactly these two paths here (the rest of <c>/reports</c> and <c>/cases</c> goes to CaseManagement).
/// </summary>
public static class SealedIdentityApi
{
    public static IEndpointRouteBuilder MapSealedIdentityApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{tenant}/reports/{trackingNumber}/identity").RequireTenant().RequireAuthorization(WbsPolicies.Reporter)
            .WithTags("Reports")
            .MapPut("/", LeaveIdentity)
            .WithName("LeaveSealedIdentity")
            .WithSummary("Leaves (or replaces) the reporter's sealed name and contact; staff see only that one exists.")
            .WithValidation<IdentityRequest>();
        app.MapGroup("/api/{tenant}/cases/{trackingNumber}/identity").RequireTenant().RequireAuthorization(WbsPolicies.Staff)
            .WithTags("Cases")
            .MapGet("/", ReadIdentity)
            .WithName("ReadDisclosedIdentity")
            .WithSummary("The reporter's identity, for the requester of an approved disclosure while it lasts; audited.");
        return app;
    }

    public static async Task<Results<Ok<SealedIdentityResponse>, ProblemHttpResult>> LeaveIdentity(string tenant, string trackingNumber,
        IdentityRequest request, ClaimsPrincipal user, IntakeDbContext db, ComplaintSealer sealer, ILogger<IdentityRequest> logger,
        CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.FirstOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (complaint is null || user.IsStaff() || !ComplaintAccess.CanRead(user, complaint))
        {
            return NotFound();
        }
        complaint.SealedIdentity = sealer.SealIdentity(request.Name, request.Contact, tenant, complaint.Id);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Sealed identity left on {TrackingNumber}", complaint.TrackingNumber);
        return TypedResults.Ok(new SealedIdentityResponse(complaint.TrackingNumber, HasSealedIdentity: true));
    }

    public static async Task<Results<Ok<DisclosedIdentityResponse>, ProblemHttpResult>> ReadIdentity(string tenant, string trackingNumber,
        HttpContext http, IntakeDbContext db, ComplaintSealer sealer, IdentityGrantClient grants, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (complaint is null)
        {
            return NotFound();
        }
        switch (await grants.CheckAsync(tenant, complaint.Id, http.Request.Headers.Authorization.ToString(), cancellationToken))
        {
            case IdentityGrant.Refused:
                return Problems.Forbidden(
                    "Identitas hanya dibuka untuk peminta pengungkapan yang disetujui kustodian, selama masa berlakunya. / " +
                            "The identity opens only for the requester of a disclosure a custodian approved, while it lasts.");
            case IdentityGrant.Unavailable:
                return Problems.Unavailable(
                    "Layanan kasus sedang tidak tersedia; coba lagi nanti. / The case service is unavailable; try again later.");
        }
        var identity = sealer.OpenIdentity(complaint);
        return identity is null
            ? NotFound()
            : TypedResults.Ok(new DisclosedIdentityResponse(complaint.TrackingNumber, identity.Name, identity.Contact));
    }

    private static ProblemHttpResult NotFound() =>
        Problems.NotFound("Laporan tidak ditemukan. / Report not found.");
}
