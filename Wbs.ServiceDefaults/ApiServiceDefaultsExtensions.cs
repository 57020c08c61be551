using Wbs.ServiceDefaults.Tenancy;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What the five API services (not the gateway, not the web app) add to the service defaults: their OpenAPI
/// document, and one pipeline order — default endpoints (problem details, health), the tenant of the path, authentication,
/// authorization, OpenAPI — before each service maps its endpoint groups.
/// </summary>
public static class ApiServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddApiServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.Services.AddOpenApi();
        return builder;
    }

    public static WebApplication UseApiServiceDefaults(this WebApplication app)
    {
        app.MapDefaultEndpoints();
        // An unknown tenant is 404 on every path, before authentication could answer 401.
        app.UseTenants();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        return app;
    }
}
