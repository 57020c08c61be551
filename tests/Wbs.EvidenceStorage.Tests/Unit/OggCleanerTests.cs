using Wbs.EvidenceStorage.Tests.Producers;

namespace Wbs.EvidenceStorage.Tests.Unit;

/// <summary>
/// Ogg Opus and Vorbis written by ffmpeg with tags: after cleaning exiftool finds no tag, ffmpeg
/// decodes every page without a complaint (checksums and sequence numbers), and the audio pages
/// are the original's, byte for byte.
/// </summary>
public sealed class OggCleanerTests : IDisposable
{
    private const string Marker = "RhsPelapor7Q";
    /// <summary>Fields of the identification header (codec, channels, rate), which exiftool shows in the Vorbis group too.</summary>
    private static readonly string[] IdentificationFields = ["Vorbis:Vendor", "Vorbis:VorbisVersion", "Vorbis:AudioChannels",
        "Vorbis:SampleRate", "Vorbis:MaximumBitrate", "Vorbis:NominalBitrate", "Vorbis:MinimumBitrate"];

    private readonly string _folder = Directory.CreateTempSubdirectory("wbs-ogg-").FullName;

    [Theory]
    [InlineData("libopus", "voice.opus")]
    [InlineData("libvorbis", "voice.ogg")]
    public async Task TaggedRecording_CleanedOfEveryTag_StillDecodesWithTheSameAudio(string codec, string name)
    {
        var original = await ProduceAsync(codec, name);
        var extension = Path.GetExtension(name);
        Assert.NotEmpty(Exiftool.Identifying(await Exiftool.ReadAsync(original, extension, _folder), Marker));

        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Ogg, original);

        Assert.Equal(["mediaTags", "software"], removed);
        Assert.False(SampleFiles.Contains(cleaned, Marker));
        var tags = await Exiftool.ReadAsync(cleaned, extension, _folder);
        Assert.Empty(Exiftool.Identifying(tags, Marker));
        // What exiftool still shows of the comment header: an empty vendor, no comment.
        Assert.Equal("", tags["Vorbis:Vendor"]);
        Assert.DoesNotContain(tags, t => t.Key.StartsWith("Vorbis:", StringComparison.Ordinal) && !IdentificationFields.Contains(t.Key));
        var path = Path.Combine(_folder, "cleaned" + extension);
        await File.WriteAllBytesAsync(path, cleaned, TestContext.Current.CancellationToken);
        Assert.Equal("", (await Tool.RunOkAsync("ffmpeg", _folder, "-v", "error", "-i", path, "-f", "null", "-")).Trim());
        Assert.Equal(AudioBodies(original), AudioBodies(cleaned));
    }

    [Fact]
    public async Task CleanedRecording_IsUnchangedBySecondCleaning()
    {
        var (once, _) = CleanerRun.Clean(EvidenceKinds.Ogg, await ProduceAsync("libopus", "again.opus"));
        var (twice, removed) = CleanerRun.Clean(EvidenceKinds.Ogg, once);
        Assert.Equal(once, twice);
        Assert.Empty(removed);
    }

    [Fact]
    public async Task PageWithAWrongChecksum_IsRejected()
    {
        var original = await ProduceAsync("libopus", "bad.opus");
        original[^10] ^= 0x55;
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Ogg, original));
    }

    [Fact]
    public async Task CutOffRecording_IsRejected()
    {
        var original = await ProduceAsync("libopus", "cut.opus");
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Ogg, original[..(original.Length / 2)]));
    }

    [Fact]
    public async Task OggVideo_IsRefusedWithAdvice()
    {
        var video = await ProduceAsync("libtheora", "video.ogv", "-f", "lavfi", "-i", "testsrc=s=64x48:d=1:r=10");
        var refused = Assert.Throws<EvidenceRefusedException>(() => CleanerRun.Clean(EvidenceKinds.Ogg, video));
        Assert.Contains("MP3", refused.Advice);
    }

    private async Task<byte[]> ProduceAsync(string codec, string name, params string[] input)
    {
        string[] source = input.Length > 0 ? input : ["-f", "lavfi", "-i", "sine=d=8"];
        await Tool.RunOkAsync("ffmpeg", _folder, ["-hide_banner", "-loglevel", "error", "-y", .. source,
            codec == "libtheora" ? "-c:v" : "-c:a", codec, "-metadata", $"title={Marker}", "-metadata", $"artist={Marker}",
            "-metadata", $"comment={Marker}", name]);
        return await File.ReadAllBytesAsync(Path.Combine(_folder, name));
    }

    /// <summary>The bodies of the pages after the headers (granule above zero), in order.</summary>
    private static List<string> AudioBodies(byte[] ogg)
    {
        var bodies = new List<string>();
        for (var at = 0; at < ogg.Length;)
        {
            var segments = ogg[at + 26];
            var size = ogg.AsSpan(at + 27, segments).ToArray().Sum(b => b);
            var granule = BitConverter.ToInt64(ogg, at + 6);
            if (granule > 0)
            {
                bodies.Add(Convert.ToHexString(ogg, at + 27 + segments, size));
            }
            at += 27 + segments + size;
        }
        return bodies;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
