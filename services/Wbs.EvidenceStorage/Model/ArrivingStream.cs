using System.Diagnostics;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Reads a file as it arrives, for a cleaner that works during the upload: each read extends the
/// <see cref="CleaningBudget"/> by the time spent waiting for the bytes (a slow connection is not the file's
/// fault) and by the allowance per MiB of the bytes that came, so the budget stays the one of a whole file of
/// that size and bounds the cleaner's own time, not the network's.
/// </summary>
public sealed class ArrivingStream(Stream inner, CleaningBudget budget, TimeSpan perMiB) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    /// <summary>Bytes read so far.</summary>
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var started = Stopwatch.GetTimestamp();
        var read = inner.Read(buffer);
        _read += read;
        budget.Extend(Stopwatch.GetElapsedTime(started) + perMiB * (read / (1024.0 * 1024)));
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
