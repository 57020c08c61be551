using Wbs.CaseManagement.Services;

namespace Wbs.CaseManagement.Apis;

/// <summary>An admin runs the retention sweep of their tenant now instead of waiting for the periodic one.</summary>
public static class RetentionApi
{
    public static IEndpointRouteBuilder MapRetentionApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/{tenant}/retention")
            .RequireAuthorization(WbsPolicies.Staff)
            .RequireTenant()
            .WithTags("Retention")
            .MapPost("/sweeps", Sweep).WithName("SweepRetention")
            .WithSummary("Destroy now the content of this tenant's cases past their retention period (admin).");
        return app;
    }

    public static async Task<Results<Ok<RetentionSwept>, ProblemHttpResult>> Sweep(string tenant, ClaimsPrincipal user,
        RetentionSweeper sweeper, CancellationToken cancellationToken)
    {
        if (!user.May(RoleMatrix.RunRetention))
        {
            return CaseProblems.Forbidden("Hanya admin yang menjalankan retensi. / Only admins run retention.");
        }
        return TypedResults.Ok(new RetentionSwept(await sweeper.SweepAsync(tenant, cancellationToken)));
    }
}
