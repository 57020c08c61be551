namespace Wbs.Identity.Apis;

/// <summary>
/// Service to service (never routed by the gateway): the reports the calling account follows, as
/// Identity knows them the moment a link commits. CaseManagement asks with the reporter's own
/// account token, so its list does not wait for <see cref="ReporterAccountLinked"/> to arrive; Intake asks the same
/// before it refuses an account a report whose link it has not heard of yet.
/// </summary>
public static class InternalAccountsApi
{
    public static IEndpointRouteBuilder MapInternalAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/internal/{tenant}/accounts").RequireTenant().RequireAuthorization(WbsPolicies.Account).WithTags("Internal")
            .MapGet("/current/reports", ListLinkedReports).WithName("InternalListLinkedReports")
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement, ServiceIdentity.Services.Intake);
        return app;
    }

    public static async Task<Results<Ok<LinkedReportsResponse>, ProblemHttpResult>> ListLinkedReports(
        ReportLinking linking, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (user.AccountId() is not { } accountId)
        {
            return IdentityProblems.AccountUnknown();
        }
        return TypedResults.Ok(new LinkedReportsResponse(await linking.LinkedTrackingNumbersAsync(http.Tenant().Slug, accountId, cancellationToken)));
    }
}
