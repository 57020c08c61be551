namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Passes a file through to <paramref name="inner"/> with the given ranges (sorted, disjoint) overwritten with
/// zeros: how a forward-cleaned file loses the samples of its dropped tracks in a second pass.
/// </summary>
public sealed class BlankingStream(Stream inner, IReadOnlyList<ByteRange> ranges) : Stream
{
    private byte[] _copy = [];
    private long _position;
    private int _next;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _position;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(Blank(buffer).Span);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(Blank(buffer.Span), cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>A copy of <paramref name="data"/> with the parts inside the ranges zeroed (the caller's buffer is left alone).</summary>
    private Memory<byte> Blank(ReadOnlySpan<byte> data)
    {
        if (_copy.Length < data.Length)
        {
            _copy = new byte[data.Length];
        }
        var copy = _copy.AsMemory(0, data.Length);
        data.CopyTo(copy.Span);
        var start = _position;
        var end = start + copy.Length;
        while (_next < ranges.Count && ranges[_next].Offset < end)
        {
            var range = ranges[_next];
            var from = Math.Max(range.Offset, start);
            var to = Math.Min(range.End, end);
            if (from < to)
            {
                copy.Span.Slice((int)(from - start), (int)(to - from)).Clear();
            }
            if (range.End > end)
            {
                break;
            }
            _next++;
        }
        _position = end;
        return copy;
    }
}
