namespace Wbs.Intake.Apis;

public static class ProfileApi
{
    public static IEndpointRouteBuilder MapProfileApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}").RequireTenant().WithTags("Profile");
        api.MapGet("/profile", GetProfile).WithName("GetProfile").AllowAnonymous();
        return app;
    }

    public static Ok<ProfileResponse> GetProfile(HttpContext http) => TypedResults.Ok(ProfileResponse.From(http.Tenant()));
}
