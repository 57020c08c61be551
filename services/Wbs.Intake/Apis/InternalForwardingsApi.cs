using System.Security.Claims;

namespace Wbs.Intake.Apis;

/// <summary>
/// Opens a forwarded report at another tenant of the platform. Only CaseManagement calls it, with the
/// forwarding supervisor's (or admin's) token of the sending tenant; the gateway never routes <c>/internal</c>.
/// </summary>
public static class InternalForwardingsApi
{
    public static IEndpointRouteBuilder MapInternalForwardingsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/internal/{tenant}/complaints").RequireTenant().RequireAuthorization(WbsPolicies.Staff).WithTags("Internal")
            .MapPost("/{trackingNumber}/forwardings", Forward).WithName("ForwardComplaint");
        return app;
    }

    public static async Task<Results<Created<ForwardedComplaintResponse>, Ok<ForwardedComplaintResponse>, ProblemHttpResult>> Forward(
        string tenant, string trackingNumber, ForwardedComplaintRequest request, ClaimsPrincipal user, ComplaintForwarder forwarder,
        TenantCatalog tenants, CancellationToken cancellationToken)
    {
        if (!user.May(RoleMatrix.Forward))
        {
            return Problems.Forbidden("Hanya supervisor atau admin yang dapat meneruskan laporan. / Only supervisors or admins forward reports.");
        }
        if (tenants.Find(request.DestinationTenant) is not { } destination || destination.Slug == tenant)
        {
            return Problems.Unprocessable("Instansi tujuan tidak dikenal. / Unknown destination agency.");
        }
        if (string.IsNullOrWhiteSpace(request.Content?.Title) || string.IsNullOrWhiteSpace(request.Content.What))
        {
            return Problems.Unprocessable("Judul dan uraian wajib ada. / Title and description are required.");
        }
        var outcome = await forwarder.ForwardAsync(tenant, trackingNumber, destination, request, cancellationToken);
        return outcome switch
        {
            null => Problems.NotFound("Laporan tidak ditemukan. / Report not found."),
            { Created: true } => TypedResults.Created($"/internal/{destination.Slug}/complaints/{outcome.Answer.TrackingNumber}", outcome.Answer),
            _ => TypedResults.Ok(outcome.Answer),
        };
    }
}
