using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Wbs.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    public static IServiceCollection AddWbsProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Title ??= ProblemTitles.For(ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode);
            ctx.ProblemDetails.Type ??= $"https://httpstatuses.io/{ctx.ProblemDetails.Status}";
            // Routing answers a body of a media type the endpoint does not accept with a bare 415: it gets words like the rest.
            if (ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                ctx.ProblemDetails.Detail ??= BadRequestExceptionHandler.UnsupportedContentType;
            }
            // Exceptions' messages and stack traces stay in the logs.
            ctx.ProblemDetails.Extensions.Remove("exception");
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Body binding failures throw, so that the handler above can answer them as problem+json.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.PropertyNameCaseInsensitive = true);
        return services;
    }

    public static IApplicationBuilder UseWbsProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
