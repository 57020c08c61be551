namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class LocalBlobStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wbs-blob-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task NextInstance_ForgetsThePartialBlobsOfAKilledOne_AndKeepsTheWholeOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = new LocalBlobStore(_folder);
        await first.WriteAsync("t/utuh", (s, c) => s.WriteAsync("utuh"u8.ToArray(), c).AsTask(), ct);
        var left = Path.Combine(_folder, "t", "terpotong.0123.partial");
        await File.WriteAllBytesAsync(left, [1, 2, 3], ct);

        var next = new LocalBlobStore(_folder);

        Assert.False(File.Exists(left));
        await using var kept = await next.OpenReadAsync("t/utuh", ct);
        Assert.Equal(4, kept.Length);
    }
}
