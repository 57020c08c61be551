namespace Wbs.ServiceDefaults.IO;

/// <summary>
/// A forward-only, read-only view of another stream: the one base for the wrappers that count, limit or
/// tie a stream's life to something else. Disposing the view leaves <see cref="Inner"/> open unless a
/// subclass says otherwise.
/// </summary>
public abstract class ReadOnlyViewStream(Stream inner) : Stream
{
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Called before every read, e.g. to refuse one past a limit.</summary>
    protected virtual void BeforeRead()
    {
    }

    /// <summary>Sees how many bytes every read returned (0 at the end) and answers what the caller gets.</summary>
    protected virtual int AfterRead(int read) => read;

    /// <summary>Sees a read of <see cref="Inner"/> fail; answers the exception the caller gets instead, or null to let it go on.</summary>
    protected virtual Exception? ReadFailed(Exception failure) => null;

    public override int Read(byte[] buffer, int offset, int count)
    {
        BeforeRead();
        int read;
        try
        {
            read = Inner.Read(buffer, offset, count);
        }
        catch (Exception ex) when (ReadFailed(ex) is { } replaced)
        {
            throw replaced;
        }
        return AfterRead(read);
    }

    public override int Read(Span<byte> buffer)
    {
        BeforeRead();
        int read;
        try
        {
            read = Inner.Read(buffer);
        }
        catch (Exception ex) when (ReadFailed(ex) is { } replaced)
        {
            throw replaced;
        }
        return AfterRead(read);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        BeforeRead();
        int read;
        try
        {
            read = await Inner.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception ex) when (ReadFailed(ex) is { } replaced)
        {
            throw replaced;
        }
        return AfterRead(read);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
