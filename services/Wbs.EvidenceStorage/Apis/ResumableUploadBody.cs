using Microsoft.AspNetCore.Http.Features;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>
/// Reads a PATCH body onto a resumable upload in 64 KiB buffers (memory stays flat whatever the size),
/// never past what remains of the declared length. A connection that drops keeps every byte that arrived:
/// the next HEAD tells the client where to resume.
/// </summary>
internal static class ResumableUploadBody
{
    public enum Outcome { Appended, Interrupted, TooLong, NotMedia }

    /// <param name="documentLimit">
    /// The limit for a file that, by its first 64 bytes, cannot be video or audio: a longer declared length
    /// is refused then, as a one-shot upload is cut off.
    /// </param>
    public static async Task<Outcome> ReceiveAsync(HttpRequest request, ResumableUpload upload, long documentLimit, TimeProvider clock)
    {
        var start = upload.Offset;
        var remaining = upload.Length - start;
        if (request.ContentLength > remaining)
        {
            return Outcome.TooLong;
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = remaining;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted, upload.Dropped);
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, stop.Token)) > 0)
            {
                if (read > upload.Length - upload.Offset)
                {
                    upload.TruncateTo(start);
                    return Outcome.TooLong;
                }
                if (!upload.Head.Add(buffer.AsSpan(0, read)) && upload.Length > documentLimit)
                {
                    return Outcome.NotMedia;
                }
                await upload.AppendAsync(buffer.AsMemory(0, read), clock.GetUtcNow());
            }
            return Outcome.Appended;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            upload.TruncateTo(start);
            return Outcome.TooLong;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return Outcome.Interrupted;
        }
        finally
        {
            await upload.FlushAsync();
        }
    }
}
