namespace Wbs.Web.Endpoints;

/// <summary>
/// The console's one gate for its downloads, as for its pages: a known tenant (else 404), a staff
/// session (else to sign-in) that has replaced its temporary password (else to the password page);
/// the handler's service calls carry that session (<see cref="CallerSession"/>).
/// </summary>
public sealed class StaffSessionFilter(TenantCatalog catalog, SessionCookies sessions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var tenant = http.GetRouteValue("tenant") as string ?? "";
        if (catalog.Find(tenant) is null)
        {
            return TypedResults.NotFound();
        }
        var session = sessions.Read(http, tenant, SessionKind.Staff);
        if (session is not { MustChangePassword: false })
        {
            // Back to the page the link was on: the case for its files, the statistics for theirs.
            var back = http.GetRouteValue("trackingNumber") is string trackingNumber
                ? TenantPaths.Of(tenant, $"staff/cases/{trackingNumber}")
                : TenantPaths.Of(tenant, "staff/statistics");
            return TypedResults.Redirect(session is null ? Pages.Staff.StaffPaths.Login(tenant, back) : Pages.Staff.StaffPaths.Password(tenant, back));
        }
        CallerSession.Of(http).Use(session);
        return await next(context);
    }
}
