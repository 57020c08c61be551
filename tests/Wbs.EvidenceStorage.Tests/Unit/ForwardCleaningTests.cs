namespace Wbs.EvidenceStorage.Tests.Unit;

/// <summary>
/// The pieces that let a video be cleaned while it arrives: dropped-track ranges blanked in a second pass,
/// and a cleaning budget that charges the cleaner's own time, not the wait for a slow connection.
/// </summary>
public sealed class ForwardCleaningTests
{
    [Fact]
    public void BlankingStream_ZeroesExactlyTheRanges_AcrossWriteBoundaries()
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i % 250 + 1)).ToArray();
        ByteRange[] ranges = [new(5, 10), new(60, 100), new(990, 50)];
        using var output = new MemoryStream();
        var blanking = new BlankingStream(output, ranges);
        foreach (var (from, length) in new[] { (0, 7), (7, 93), (100, 1), (101, 899) })
        {
            blanking.Write(data, from, length);
        }

        var written = output.ToArray();
        Assert.Equal(data.Length, written.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var blanked = ranges.Any(r => i >= r.Offset && i < r.End);
            Assert.True(blanked ? written[i] == 0 : written[i] == data[i], $"byte {i}");
        }
        Assert.Equal(6, data[5]); // the writer's own buffer is left as it was
    }

    [Fact]
    public void IsoMediaCleaner_WithAForwardOnlyOutput_NamesTheDroppedSamples_InsteadOfSeekingBack()
    {
        var video = SampleMedia.Mp4WithDataTrack(out var samples);
        var output = new ForwardOnly();

        var cleaned = MetadataCleaner.CleanForward(EvidenceKinds.Mp4, new MemoryStream(video), output, CleaningBudget.Unlimited);

        Assert.Equal(video.Length, output.Length);
        Assert.Equal([samples], cleaned.ToBlank);
        Assert.Contains(MetadataLabels.DataTracks, cleaned.Removed);
    }

    [Fact]
    public void ArrivingStream_DoesNotChargeTheCleanerForWaiting()
    {
        // Each read waits 60 ms for the network; the budget allows 100 ms of the cleaner's own time.
        var budget = new CleaningBudget(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        using var arriving = new ArrivingStream(new SlowStream(reads: 5, wait: TimeSpan.FromMilliseconds(60)), budget, TimeSpan.Zero);
        var buffer = new byte[16];
        while (arriving.Read(buffer) > 0)
        {
            budget.Check();
        }
        Assert.Equal(5 * 16, arriving.Position);
    }

    [Fact]
    public void WithoutArrivingStream_TheSameWaitsExceedTheBudget()
    {
        // The counter-check of the test above: the same slow reads, charged, run out of budget.
        var budget = new CleaningBudget(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        using var slow = new SlowStream(reads: 5, wait: TimeSpan.FromMilliseconds(60));
        var buffer = new byte[16];
        Assert.Throws<CleaningBudgetExceededException>(() =>
        {
            while (slow.Read(buffer) > 0)
            {
                budget.Check();
            }
        });
    }

    /// <summary>A source that takes <paramref name="wait"/> to deliver each of its <paramref name="reads"/> pieces, like a slow upload.</summary>
    private sealed class SlowStream(int reads, TimeSpan wait) : Stream
    {
        private int _left = reads;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left-- <= 0)
            {
                return 0;
            }
            Thread.Sleep(wait);
            var n = Math.Min(count, 16);
            buffer.AsSpan(offset, n).Fill(7);
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>An output that cannot seek back, as the sealing stream of the store.</summary>
    private sealed class ForwardOnly : MemoryStream
    {
        public override bool CanSeek => false;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }
}
