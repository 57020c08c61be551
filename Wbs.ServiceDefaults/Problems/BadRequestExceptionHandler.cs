using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Wbs.ServiceDefaults.IO;

namespace Wbs.ServiceDefaults.Problems;

/// <summary>
/// Turns malformed or unreadable requests into a clear problem+json answer without internals. Only exceptions that
/// say the request is at fault are answered here: an <see cref="IOException"/> of a client that went away is not a
/// bad request (multipart framing errors are told apart from it by <see cref="MultipartBody"/>).
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string UnsupportedContentType = "Jenis isi permintaan tidak didukung. / Unsupported content type.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "Permintaan terlalu besar. / The request is too large."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => (415, UnsupportedContentType),
            BadHttpRequestException { InnerException: JsonException } or JsonException =>
                (400, "Isi permintaan bukan JSON yang sah. / The request body is not valid JSON."),
            MalformedMultipartException =>
                (400, "Isi multipart/form-data terpotong atau rusak. / The multipart/form-data body is cut short or malformed."),
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
