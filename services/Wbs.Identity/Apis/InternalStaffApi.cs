namespace Wbs.Identity.Apis;

/// <summary>Service to service (never routed by the gateway): the staff of a tenant, e.g. to show assignees.</summary>
public static class InternalStaffApi
{
    public static IEndpointRouteBuilder MapInternalStaffApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/internal/{tenant}").RequireTenant().RequireAuthorization(WbsPolicies.Staff).WithTags("Internal")
            .MapGet("/staff", ListStaff).WithName("InternalListStaff")
            .RequireServiceCaller(ServiceIdentity.Services.CaseManagement, ServiceIdentity.Services.Web);
        return app;
    }

    public static async Task<Ok<List<StaffUserResponse>>> ListStaff(StaffDirectory directory, HttpContext http, CancellationToken cancellationToken)
    {
        var users = await directory.ListAsync(http.Tenant().Slug, cancellationToken);
        return TypedResults.Ok(users.Select(u => u.ToResponse()).ToList());
    }
}
