namespace Wbs.CaseManagement.Apis;

/// <summary>
/// Service-to-service questions about cases (never routed by the gateway). The caller's staff token
/// is forwarded, so the answer is about that staff member.
/// </summary>
public static class InternalCasesApi
{
    public static IEndpointRouteBuilder MapInternalCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/{tenant}/complaints")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Cases (internal)");

        api.MapGet("/{complaintId:guid}/access", CheckCaseAccess).WithName(nameof(CheckCaseAccess))
            .RequireServiceCaller(ServiceIdentity.Services.EvidenceStorage);
        api.MapPost("/{complaintId:guid}/identity-grant", IdentityGrants.Check).WithName("CheckIdentityGrant")
            .RequireServiceCaller(ServiceIdentity.Services.Intake);
        api.MapPost("/content-reads", ContentReads.Check).WithName("CheckContentRead")
            .RequireServiceCaller(ServiceIdentity.Services.Intake);
        return app;
    }

    /// <summary>
    /// 204 when the caller may see the case (EvidenceStorage asks before releasing a case's evidence):
    /// admin, supervisor and verifier always, an investigator only when assigned, an auditor never.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> CheckCaseAccess(string tenant, Guid complaintId,
        ClaimsPrincipal user, CaseDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Tenant == tenant && c.Id == complaintId, cancellationToken);
        if (found is null)
        {
            return CaseProblems.NotFound();
        }
        if (!StaffAccess.CanWorkCases(user))
        {
            return CaseProblems.Forbidden("Auditor tidak dapat membuka isi laporan. / Auditors cannot open report content.");
        }
        return StaffAccess.CanSee(user, found) ? TypedResults.NoContent() : CaseProblems.NotAssigned();
    }
}
