namespace Wbs.EvidenceStorage.Model;

/// <summary>Counts bytes read from decompression streams and fails once a package expands too far.</summary>
internal sealed class ExpansionBudget(long maxBytes)
{
    private long _used;

    public Stream Wrap(Stream inner) => new CountingStream(inner, this);

    private void Spend(int bytes)
    {
        _used += bytes;
        if (_used > maxBytes)
        {
            throw new InvalidEvidenceException("The package expands beyond the allowed size.");
        }
    }

    private sealed class CountingStream(Stream inner, ExpansionBudget budget) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Spend(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
