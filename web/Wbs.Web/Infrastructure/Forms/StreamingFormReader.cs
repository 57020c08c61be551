using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Wbs.ServiceDefaults.IO;

namespace Wbs.Web.Infrastructure.Forms;

/// <summary>
/// Reads a multipart form (the no-JavaScript evidence upload) section by section without buffering
/// files: the antiforgery token must come before any file (the forms render it first; only the
/// pressed button, when it sits outside the form as the header's language switch does, is sent
/// before it) and is checked before any file is touched; nothing is used unless it came; each file part is handed to a callback that streams it on
/// (to EvidenceStorage). The framework's automatic check would read the whole form first and spool
/// the file to the web server's disk, which a confidential upload must not do. Handlers that use
/// this reader take no bound parameters: binding any would make MVC read the whole form first.
/// A token that is present but no longer valid (its cookie was lost) still yields the text fields,
/// marked <see cref="StreamedFormResult.TokenLost"/>, with every file skipped unread: the page shows
/// the draft again and nothing is done with it. A post larger than <see cref="UploadFormOptions.MaxBytes"/>
/// is answered 413 with the text fields read before the limit (<see cref="StreamedFormResult.Partial"/>),
/// so the page can show them again. A body whose multipart framing is broken is refused like an invalid form (400).
/// </summary>
public sealed class StreamingFormReader(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> options, IOptions<UploadFormOptions> limits)
{
    /// <summary>The largest post this reader takes, files and fields together.</summary>
    public long MaxBytes => limits.Value.MaxBytes;

    public const string TokenField = "__RequestVerificationToken";
    private const int MaxFields = 80;
    private const int MaxFieldChars = 20_000;

    public async Task<StreamedFormResult> ReadAsync(HttpContext http, Func<FormFile, Task> onFile, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return StreamedFormResult.Invalid;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBytes;
        }
        var form = new StreamedForm();
        var body = new LimitedRequestBody(request.Body, MaxBytes);
        var reader = new MultipartBody(boundary, body);
        var verified = false;
        var tokenLost = false;
        var fields = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++fields > MaxFields
                    || !ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    return StreamedFormResult.Invalid;
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                if (!verified && name == TokenField)
                {
                    if (fileName is not null || await ReadTextAsync(section.Body, cancellationToken) is not { } token)
                    {
                        return StreamedFormResult.Invalid;
                    }
                    tokenLost = !await IsValidTokenAsync(http, token);
                    verified = true;
                    continue;
                }
                if (!verified && fileName is not null)
                {
                    return StreamedFormResult.Invalid;
                }
                if (fileName is not null)
                {
                    // A file input left empty still sends a part without a name and without bytes.
                    if (fileName.Length > 0 && !tokenLost)
                    {
                        await onFile(new FormFile(name, fileName, section.ContentType, new BorrowedStream(section.Body), form));
                    }
                    continue;
                }
                if (await ReadTextAsync(section.Body, cancellationToken) is not { } value)
                {
                    return StreamedFormResult.Invalid;
                }
                form.Add(name, value);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return StreamedFormResult.TooLarge with { Partial = verified && !tokenLost ? form : null };
        }
        catch (MalformedMultipartException)
        {
            // Cut short or without its boundaries: the page's 400, never a 500 (a client that went away still fails as such).
            return StreamedFormResult.Invalid;
        }
        return verified ? new StreamedFormResult(form, null, tokenLost) : StreamedFormResult.Invalid;
    }

    private async Task<bool> IsValidTokenAsync(HttpContext http, string token)
    {
        // The antiforgery service reads a header before it would read the form: hand it the token that way.
        http.Request.Headers[options.Value.HeaderName ?? "RequestVerificationToken"] = token;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return true;
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }

    private static async Task<string?> ReadTextAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxFieldChars + 1];
        var read = 0;
        while (read < buffer.Length && await reader.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0)
        {
            read += n;
        }
        return read > MaxFieldChars ? null : new string(buffer, 0, read).Replace("\r\n", "\n");
    }
}
