using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Wbs.ServiceDefaults.Problems;

/// <summary>Turns malformed or unreadable requests into a clear problem+json answer without internals.</summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "Permintaan terlalu besar. / The request is too large."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
                (415, "Jenis isi permintaan tidak didukung. / Unsupported content type."),
            BadHttpRequestException { InnerException: JsonException } or JsonException =>
                (400, "Isi permintaan bukan JSON yang sah. / The request body is not valid JSON."),
            BadHttpRequestException bad =>
                (bad.StatusCode, "Permintaan tidak dapat dibaca. / The request could not be read."),
            _ => (0, null),
        };
        if (detail is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new()
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}
