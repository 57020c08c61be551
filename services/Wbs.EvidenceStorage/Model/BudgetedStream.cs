namespace Wbs.EvidenceStorage.Model;

/// <summary>Passes reads, writes and seeks through, checking the <see cref="CleaningBudget"/> every so often.</summary>
internal sealed class BudgetedStream(Stream inner, CleaningBudget budget) : Stream
{
    private int _calls;

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int ReadByte()
    {
        Tick();
        return inner.ReadByte();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Tick();
        return inner.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        Tick();
        return inner.Read(buffer);
    }

    public override void WriteByte(byte value)
    {
        Tick();
        inner.WriteByte(value);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Tick();
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Tick();
        inner.Write(buffer);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Tick();
        return inner.Seek(offset, origin);
    }

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Flush() => inner.Flush();

    /// <summary>Byte-wise parsers call in very often: the clock is read once every 4096 calls.</summary>
    private void Tick()
    {
        if ((++_calls & 0xFFF) == 0 || _calls == 1)
        {
            budget.Check();
        }
    }
}
