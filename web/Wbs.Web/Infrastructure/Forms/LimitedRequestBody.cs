using Wbs.ServiceDefaults.IO;

namespace Wbs.Web.Infrastructure.Forms;

/// <summary>
/// A request body that answers 413 (as Kestrel's own limit does) once more than <paramref name="limit"/>
/// bytes were read, and on every read after that; hosts without Kestrel's limit feature are held to it too.
/// </summary>
internal sealed class LimitedRequestBody(Stream inner, long limit) : ReadOnlyViewStream(inner)
{
    private long _read;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    protected override void BeforeRead() => ThrowIfPast();

    protected override int AfterRead(int read)
    {
        _read += read;
        ThrowIfPast();
        return read;
    }

    private void ThrowIfPast()
    {
        if (_read > limit)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }
    }
}
