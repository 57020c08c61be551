using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// The headers of tus 1.0.0 (core, creation, termination, expiration), read and written here by hand:
/// tusdotnet is not in the package source, and this subset is small.
/// </summary>
internal static class Tus
{
    public const string Version = "1.0.0";
    public const string Extensions = "creation,termination,expiration";
    public const string OffsetOctetStream = "application/offset+octet-stream";

    /// <summary>
    /// An endpoint filter: every answer names the protocol version, and every request but <c>OPTIONS</c> must
    /// speak it (412 with <c>Tus-Version</c> otherwise).
    /// </summary>
    public static async ValueTask<object?> RequireVersion(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.Response.Headers["Tus-Resumable"] = Version;
        if (!HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers["Tus-Resumable"] != Version)
        {
            http.Response.Headers["Tus-Version"] = Version;
            return EvidenceProblems.TusVersion();
        }
        return await next(context);
    }

    /// <summary><c>Upload-Length</c>; a deferred length (<c>Upload-Defer-Length</c>) is not supported and reads as invalid.</summary>
    public static bool TryReadLength(HttpRequest request, out long length)
    {
        length = 0;
        return !request.Headers.ContainsKey("Upload-Defer-Length") && TryNonNegative(request.Headers["Upload-Length"], out length);
    }

    public static bool TryReadOffset(HttpRequest request, out long offset) => TryNonNegative(request.Headers["Upload-Offset"], out offset);

    /// <summary>
    /// <c>Upload-Metadata</c>: comma-separated <c>key base64value</c> pairs; of them only <c>filename</c> and
    /// <c>filetype</c> are used, as the file name and the claimed type of a one-shot upload's file part.
    /// </summary>
    public static bool TryReadMetadata(HttpRequest request, out string? fileName, out string? fileType)
    {
        fileName = fileType = null;
        var values = request.Headers["Upload-Metadata"];
        if (values.Count > 1)
        {
            return false;
        }
        if (values is not [var header] || string.IsNullOrWhiteSpace(header))
        {
            return true;
        }
        foreach (var pair in header.Split(',', StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2)
            {
                return false;
            }
            string? value = null;
            if (parts.Length == 2)
            {
                var bytes = new byte[parts[1].Length];
                if (!Convert.TryFromBase64String(parts[1], bytes, out var written))
                {
                    return false;
                }
                value = Encoding.UTF8.GetString(bytes, 0, written);
            }
            switch (parts[0])
            {
                case "filename":
                    fileName = value;
                    break;
                case "filetype":
                    fileType = MediaTypeHeaderValue.TryParse(value, out var type) ? type.MediaType.Value : value;
                    break;
            }
        }
        return true;
    }

    public static bool IsOffsetOctetStream(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals(OffsetOctetStream, StringComparison.OrdinalIgnoreCase);

    public static void WriteOffset(HttpResponse response, long offset) =>
        response.Headers["Upload-Offset"] = offset.ToString(CultureInfo.InvariantCulture);

    public static void WriteExpires(HttpResponse response, DateTimeOffset expires) =>
        response.Headers["Upload-Expires"] = expires.ToString("R", CultureInfo.InvariantCulture);

    private static bool TryNonNegative(StringValues values, out long value)
    {
        value = 0;
        return values is [{ Length: > 0 and <= 19 } text] && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
