using System.Security.Claims;

namespace Wbs.Intake.Apis;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant().WithTags("Profile");
        api.MapGet("/profile", GetProfile).WithName("GetProfile").AllowAnonymous()
            .WithSummary("The agency's public profile, its working-day calendar (holidays of every year held) and retention; ETag = version.");
        api.MapPut("/profile", UpdateProfile).WithName("UpdateProfile").RequireAuthorization(WbsPolicies.Staff)
            .WithSummary("A tenant admin edits the site's content, the response duty, time zone, one year's days off and retention.")
            .WithDescription("Fields left out stay. holidays: {year, days:[{date, name, kind: national|cuti_bersama}]} replaces that year's " +
                "days off, {year, national:true} puts the national list back; year from last year to five ahead, each date in that year and " +
                "once, a name, at most 60 days (errors name the row: holidays.days[2].date). retentionYears 1–30. If-Match: the version edited.")
            .WithValidation<TenantRequest>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>The profile, with its version as ETag (the <c>If-Match</c> of an edit).</summary>
    public static Ok<ProfileResponse> GetProfile(HttpContext http)
    {
        var tenant = http.Tenant();
        TenantVersions.Tag(http.Response, tenant.Version);
        return TypedResults.Ok(ProfileResponse.From(tenant));
    }

    /// <summary>
    /// A tenant admin edits the public texts, FAQ, categories, flows, theme colour and logo, and the working-day calendar
    /// (response duty, time zone, one year's days off) and retention; name, account flow and limits stay the platform's.
    /// With <c>If-Match</c> the edit is saved only over that version: two admins editing at once get 409, never a lost edit.
    /// </summary>
    public static async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> UpdateProfile(
        TenantRequest request, HttpContext http, ClaimsPrincipal user, TenantRegistrar registrar, CancellationToken cancellationToken)
    {
        if (!user.HasAnyRole(WbsClaims.Roles.Admin))
        {
            return Problems.Forbidden("Hanya admin instansi yang dapat mengubah profil. / Only the agency's admins edit its profile.");
        }
        if (!TenantVersions.TryReadIfMatch(http.Request, out var version))
        {
            return TenantVersions.BadIfMatch();
        }
        var update = await registrar.UpdateAsync(http.Tenant().Slug, version, request.ApplyTenantAdmin, cancellationToken);
        return TenantVersions.Answer(update, http.Response, ProfileResponse.From);
    }
}
