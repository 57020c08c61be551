using System.Security.Claims;

namespace Wbs.Intake.Apis;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant().WithTags("Profile");
        api.MapGet("/profile", GetProfile).WithName("GetProfile").AllowAnonymous();
        api.MapPut("/profile", UpdateProfile).WithName("UpdateProfile").RequireAuthorization(WbsPolicies.Staff)
            .WithValidation<TenantRequest>().ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    public static Ok<ProfileResponse> GetProfile(HttpContext http) => TypedResults.Ok(ProfileResponse.From(http.Tenant()));

    /// <summary>A tenant admin edits the public texts, FAQ, categories, flows, theme colour and logo; the rules stay the platform's.</summary>
    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> UpdateProfile(
        TenantRequest request, HttpContext http, ClaimsPrincipal user, TenantRegistrar registrar, CancellationToken cancellationToken)
    {
        if (!user.HasAnyRole(WbsClaims.Roles.Admin))
        {
            return Problems.Forbidden("Hanya admin instansi yang dapat mengubah profil. / Only the agency's admins edit its profile.");
        }
        var changed = await registrar.UpdateAsync(http.Tenant().Slug, request.ApplyContent, cancellationToken);
        return changed is null
            ? Problems.NotFound("Instansi tidak dikenal. / Unknown agency.")
            : TypedResults.Ok(ProfileResponse.From(changed));
    }
}
