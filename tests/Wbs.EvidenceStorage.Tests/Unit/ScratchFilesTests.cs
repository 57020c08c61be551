namespace Wbs.EvidenceStorage.Tests.Unit;

/// <summary>Scratch files behave as ordinary random-access files to the cleaners while holding nothing readable on disk.</summary>
public sealed class ScratchFilesTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wbs-scratch-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RandomWritesAndReads_RoundTrip_LikeAMemoryStream()
    {
        var scratch = new ScratchFiles(_folder);
        using var file = scratch.Create();
        using var expected = new MemoryStream();
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var data = new byte[random.Next(1, 70_000)];
            random.NextBytes(data);
            var at = random.Next(0, (int)Math.Max(1, expected.Length));
            file.Position = at;
            expected.Position = at;
            file.Write(data);
            expected.Write(data);
        }
        file.Position = 0;
        var actual = new byte[file.Length];
        file.ReadExactly(actual);

        Assert.Equal(expected.Length, file.Length);
        Assert.Equal(expected.ToArray(), actual);
    }

    [Fact]
    public void Create_LeavesNoNamedFile_AndTheOpenFileHoldsNoPlaintext()
    {
        var scratch = new ScratchFiles(_folder);
        using var file = scratch.Create();
        var plain = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("rahasia pelapor ", 10_000)));
        file.Write(plain);
        file.Flush();

        Assert.Empty(Directory.GetFiles(_folder));
        var open = Directory.GetFiles("/proc/self/fd")
            .Select(d => (Descriptor: d, Target: new FileInfo(d).LinkTarget))
            .Where(d => d.Target?.StartsWith(_folder + "/", StringComparison.Ordinal) == true)
            .ToList();
        var (descriptor, _) = Assert.Single(open);
        var onDisk = File.ReadAllBytes(descriptor);
        Assert.Equal(plain.Length, onDisk.Length);
        Assert.False(SampleFiles.Contains(onDisk, "rahasia"));
    }

    [Fact]
    public void Seek_BeforeTheBeginning_ThrowsIOException_AsAFileDoes_AndStaysWhereItWas()
    {
        var scratch = new ScratchFiles(_folder);
        using var file = scratch.Create();
        using var plain = new FileStream(Path.Combine(_folder, "plain"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        file.Write(new byte[10]);
        plain.Write(new byte[10]);

        Assert.Throws<IOException>(() => plain.Seek(-22, SeekOrigin.End));
        Assert.Throws<IOException>(() => file.Seek(-22, SeekOrigin.End));
        Assert.Throws<IOException>(() => file.Seek(-11, SeekOrigin.Current));
        Assert.Equal(10, file.Position);
        Assert.Equal(3, file.Seek(3, SeekOrigin.Begin));
    }
}
