using Microsoft.AspNetCore.WebUtilities;

namespace Wbs.ServiceDefaults.IO;

/// <summary>
/// The one way a request body is read as multipart: the framework's <see cref="MultipartReader"/>, whose own
/// complaints about the framing (a boundary that never comes, a body that ends inside a part, a header line too
/// long or malformed) are the client's fault and become <see cref="MalformedMultipartException"/>, which the problem
/// handler answers 400. The reader raises them as <see cref="IOException"/> or <see cref="InvalidDataException"/>,
/// types a dropped connection raises too; what tells them apart is whether the request body itself failed: a client
/// that went away (or a body over its limit) fails the underlying read, and that exception goes on unchanged. Every
/// part's <see cref="MultipartSection.Body"/> is guarded the same way, so a part cut short fails alike whoever reads it.
/// </summary>
public sealed class MultipartBody
{
    private readonly MultipartReader _reader;
    private bool _bodyFailed;

    /// <param name="body">The request body (or a view of it that limits its size).</param>
    /// <param name="bufferSize">The reader's buffer: larger for large files, read in fewer pieces.</param>
    public MultipartBody(string boundary, Stream body, int bufferSize = 4 * 1024)
    {
        _reader = new MultipartReader(boundary, new WatchedBody(body, this), bufferSize) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
    }

    /// <returns>The next part, or null after the closing boundary.</returns>
    /// <exception cref="MalformedMultipartException">The body is not well-formed multipart.</exception>
    public async Task<MultipartSection?> ReadNextSectionAsync(CancellationToken cancellationToken)
    {
        MultipartSection? section;
        try
        {
            section = await _reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception ex) when (Malformed(ex) is { } malformed)
        {
            throw malformed;
        }
        if (section is not null)
        {
            section.Body = new GuardedPart(section.Body, this);
        }
        return section;
    }

    private MalformedMultipartException? Malformed(Exception ex) =>
        ex is IOException or InvalidDataException && !_bodyFailed ? new MalformedMultipartException(ex) : null;

    /// <summary>Tells its owner that a read of the request body itself failed.</summary>
    private sealed class WatchedBody(Stream inner, MultipartBody owner) : ReadOnlyViewStream(inner)
    {
        protected override Exception? ReadFailed(Exception failure)
        {
            owner._bodyFailed = true;
            return null;
        }
    }

    private sealed class GuardedPart(Stream inner, MultipartBody owner) : ReadOnlyViewStream(inner)
    {
        protected override Exception? ReadFailed(Exception failure) => owner.Malformed(failure);
    }
}
