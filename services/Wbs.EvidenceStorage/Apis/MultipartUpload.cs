using Microsoft.AspNetCore.Http.Features;
using Wbs.ServiceDefaults.IO;
using Microsoft.Net.Http.Headers;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// Finds the <c>file</c> part of a multipart request and reads its first bytes (<see cref="FilePart"/>), so the
/// caller can choose: video and audio are cleaned and sealed while they arrive, anything else is spooled
/// (<see cref="SpoolAsync"/>) straight from the request body into a scratch file, counting as it goes: nothing is
/// buffered whole in memory, and reading stops as soon as the limit is passed. The limit is the larger (media)
/// one until the first bytes show the file cannot be video or audio; from then on the documents limit applies,
/// so an oversize document sent in chunks (no <c>Content-Length</c> to refuse up front) is cut off at the
/// documents limit. A body whose multipart framing is broken (cut short, no boundary) is the client's fault:
/// <see cref="MultipartBody"/> raises it as <see cref="MalformedMultipartException"/>, answered 400.
/// </summary>
public static class MultipartUpload
{
    public enum Outcome { Ok, NotMultipart, NoBoundary, NoFilePart, TooLarge, Empty }

    /// <summary>Room for the multipart framing around the file itself.</summary>
    private const long FramingAllowance = 1024 * 1024;

    /// <summary>How many first bytes are read before the rest: enough to recognise the type.</summary>
    private const int HeadLength = 64;

    /// <returns>The outcome, the part when it is <see cref="Outcome.Ok"/>, and the largest limit (the request's own).</returns>
    public static async Task<(Outcome Outcome, FilePart? Part, long Limit)> OpenAsync(HttpRequest request, long documentLimit, long mediaLimit,
        CancellationToken cancellationToken)
    {
        var limit = Math.Max(documentLimit, mediaLimit);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (Outcome.NotMultipart, null, limit);
        }
        if (HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return (Outcome.NoBoundary, null, limit);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + FramingAllowance;
        }

        // A 64 KiB buffer instead of the reader's 4 KiB: a phone video is read in 16 times fewer pieces.
        var reader = new MultipartBody(boundary, request.Body, 64 * 1024);
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
            var head = new byte[HeadLength];
            var read = await section.Body.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
            return read == 0
                ? (Outcome.Empty, null, limit)
                : (Outcome.Ok, new FilePart(fileName, claimedType, head.AsMemory(0, read), section.Body), limit);
        }
        return (Outcome.NoFilePart, null, limit);
    }

    /// <summary>Copies the whole part into a scratch file.</summary>
    /// <returns>The outcome, the spooled part when it is <see cref="Outcome.Ok"/>, and the limit that applied (for <see cref="Outcome.TooLarge"/>).</returns>
    public static async Task<(Outcome Outcome, UploadedPart? Part, long Limit)> SpoolAsync(FilePart part, ScratchFiles scratch,
        long documentLimit, long mediaLimit, CancellationToken cancellationToken)
    {
        var content = scratch.Create();
        var uploaded = new UploadedPart(content, part.FileName, part.ClaimedType);
        try
        {
            var (outcome, applied) = await CopyLimitedAsync(part, content, documentLimit, Math.Max(documentLimit, mediaLimit), cancellationToken);
            if (outcome != Outcome.Ok)
            {
                await uploaded.DisposeAsync();
                return (outcome, null, applied);
            }
            content.Position = 0;
            return (Outcome.Ok, uploaded, applied);
        }
        catch
        {
            // A body cut short or a client gone: the scratch file goes at once, not when the collector finds it.
            await uploaded.DisposeAsync();
            throw;
        }
    }

    private static async Task<(Outcome Outcome, long Limit)> CopyLimitedAsync(FilePart part, Stream target, long documentLimit, long limit,
        CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var head = new UploadHead();
        long total = 0;
        var chunk = part.Head;
        while (chunk.Length > 0)
        {
            if (!head.Add(chunk.Span))
            {
                limit = Math.Min(limit, documentLimit);
            }
            total += chunk.Length;
            if (total > limit)
            {
                return (Outcome.TooLarge, limit);
            }
            await target.WriteAsync(chunk, cancellationToken);
            var read = await part.Body.ReadAsync(buffer, cancellationToken);
            chunk = buffer.AsMemory(0, read);
        }
        await target.FlushAsync(cancellationToken);
        return (total == 0 ? Outcome.Empty : Outcome.Ok, limit);
    }
}
