using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// Reads the <c>file</c> part of a multipart request straight from the request body into a scratch
/// file, counting as it goes: nothing is buffered whole in memory, and reading stops as soon as the
/// limit is passed. The limit is the larger (media) one until the first bytes show the file cannot
/// be video or audio; from then on the documents limit applies, so an oversize document sent in
/// chunks (no <c>Content-Length</c> to refuse up front) is cut off at the documents limit.
/// </summary>
public static class MultipartUpload
{
    public enum Outcome { Ok, NotMultipart, NoFilePart, TooLarge, Empty }

    /// <summary>Room for the multipart framing around the file itself.</summary>
    private const long FramingAllowance = 1024 * 1024;

    /// <returns>The outcome, the part when it is <see cref="Outcome.Ok"/>, and the limit that applied (for <see cref="Outcome.TooLarge"/>).</returns>
    public static async Task<(Outcome Outcome, UploadedPart? Part, long Limit)> ReadAsync(HttpRequest request, ScratchFiles scratch,
        long documentLimit, long mediaLimit, CancellationToken cancellationToken)
    {
        var limit = Math.Max(documentLimit, mediaLimit);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return (Outcome.NotMultipart, null, limit);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + FramingAllowance;
        }

        // A 64 KiB buffer instead of the reader's 4 KiB: a phone video is read in 16 times fewer pieces.
        var reader = new MultipartReader(boundary, request.Body, 64 * 1024) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, "file", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value
                ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            var claimedType = MediaTypeHeaderValue.TryParse(section.ContentType, out var partType) ? partType.MediaType.Value : null;
            var content = scratch.Create();
            var part = new UploadedPart(content, fileName, claimedType);
            var (outcome, applied) = await CopyLimitedAsync(section.Body, content, documentLimit, limit, cancellationToken);
            if (outcome != Outcome.Ok)
            {
                await part.DisposeAsync();
                return (outcome, null, applied);
            }
            content.Position = 0;
            return (Outcome.Ok, part, applied);
        }
        return (Outcome.NoFilePart, null, limit);
    }

    private static async Task<(Outcome Outcome, long Limit)> CopyLimitedAsync(Stream source, Stream target, long documentLimit, long limit,
        CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var head = new UploadHead();
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (!head.Add(buffer.AsSpan(0, read)))
            {
                limit = Math.Min(limit, documentLimit);
            }
            total += read;
            if (total > limit)
            {
                return (Outcome.TooLarge, limit);
            }
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        await target.FlushAsync(cancellationToken);
        return (total == 0 ? Outcome.Empty : Outcome.Ok, limit);
    }
}
