using Microsoft.AspNetCore.Http.Features;

namespace Wbs.Gateway.Infrastructure;

/// <summary>
/// Per-family body limits (1 GiB for evidence uploads, whose per-tenant limits EvidenceStorage
/// applies; 1 MiB for other API calls). A declared length over the limit is refused before anything
/// is forwarded, and Kestrel reads the rest of the body away (within its own, larger, limit) so a
/// browser, which sends without <c>Expect: 100-continue</c>, hears the 413 instead of a reset; a
/// chunked body is cut off by Kestrel at the same limit while it streams.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = RateLimitingExtensions.FamilyOf(context)?.MaxBodyBytes ?? RouteFamily.MiB;

        if (context.Request.ContentLength > limit)
        {
            await GatewayProblems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                $"Isi permintaan melebihi batas {limit / RouteFamily.MiB} MiB. / The request body exceeds {limit / RouteFamily.MiB} MiB.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(context);
    }
}
