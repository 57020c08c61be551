using Microsoft.AspNetCore.Diagnostics;

namespace Wbs.ServiceDefaults.Http;

/// <summary>A peer that is down is the platform's problem, not the client's: 503 problem+json, the details in the log.</summary>
public sealed class PeerUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<PeerUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not PeerUnavailableException peer)
        {
            return false;
        }
        logger.LogWarning(peer, "Peer {Service} unavailable", peer.Service);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new()
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = "Layanan sedang tidak tersedia; coba lagi nanti. / The service is unavailable; try again later.",
            },
        });
    }
}
