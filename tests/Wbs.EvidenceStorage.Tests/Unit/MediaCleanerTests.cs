using System.Buffers.Binary;

namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class MediaCleanerTests
{
    [Fact]
    public void Mp3_WithId3v2ApeAndId3v1_KeepsExactlyTheFrames()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Mp3, SampleMedia.Mp3WithTags());
        Assert.Equal(["apeTag", "id3v1", "id3v2"], removed);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(SampleMedia.Mp3Frames(), cleaned);
        Assert.Same(EvidenceKinds.Mp3, FileTypeDetector.Detect(new MemoryStream(cleaned), ".mp3"));
        // Frame by frame to the very end: 128 kbit/s at 44.1 kHz is 417 bytes a frame.
        for (var at = 0; at < cleaned.Length; at += 417)
        {
            Assert.Equal([0xFF, 0xFB, 0x90, 0x64], cleaned[at..(at + 4)]);
        }
    }

    [Fact]
    public void Mp3_WithoutTags_IsUnchanged()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Mp3, SampleMedia.Mp3Frames());
        Assert.Equal(SampleMedia.Mp3Frames(), cleaned);
        Assert.Empty(removed);
    }

    [Fact]
    public void Mp3_TagOnly_IsRejected()
    {
        var tagOnly = SampleMedia.Mp3WithTags()[..40];
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Mp3, tagOnly));
    }

    [Fact]
    public void Wav_WithInfoBextAndXmp_KeepsFormatAndSamplesWithTheRightSizes()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Wav, SampleMedia.WavWithMetadata());
        Assert.Equal(["applicationData", "riffInfo", "xmp"], removed);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal("RIFF", Encoding.ASCII.GetString(cleaned, 0, 4));
        Assert.Equal((uint)(cleaned.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(cleaned.AsSpan(4)));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(cleaned, 8, 4));
        var chunks = new List<string>();
        for (var at = 12; at < cleaned.Length;)
        {
            var id = Encoding.ASCII.GetString(cleaned, at, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(cleaned.AsSpan(at + 4));
            var data = cleaned[(at + 8)..(at + 8 + size)];
            Assert.Equal(id == "fmt " ? SampleMedia.WavFormat : SampleMedia.WavSamples, data);
            chunks.Add(id);
            at += 8 + size + (size & 1);
            Assert.True(at <= cleaned.Length);
        }
        Assert.Equal(["fmt ", "data"], chunks);
        Assert.Same(EvidenceKinds.Wav, FileTypeDetector.Detect(new MemoryStream(cleaned), ".wav"));
    }

    [Fact]
    public void Wav_WithoutData_IsRejected()
    {
        byte[] noData = [.. "RIFF"u8, 28, 0, 0, 0, .. "WAVE"u8, .. "fmt "u8, 16, 0, 0, 0, .. SampleMedia.WavFormat];
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Wav, noData));
    }

    [Fact]
    public void Gif_WithCommentXmpAndPrivateData_EqualsTheBaselineKeepingTheLoop()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Gif, SampleMedia.GifWithMetadata());
        Assert.Equal(["applicationData", "comment", "trailingData", "xmp"], removed);
        Assert.False(SampleFiles.Contains(cleaned, SampleFiles.Marker));
        Assert.Equal(SampleMedia.BaselineGif(), cleaned);
        Assert.True(SampleFiles.Contains(cleaned, "NETSCAPE2.0"));
    }

    [Fact]
    public void Gif_Baseline_IsUnchanged()
    {
        var (cleaned, removed) = CleanerRun.Clean(EvidenceKinds.Gif, SampleMedia.BaselineGif());
        Assert.Equal(SampleMedia.BaselineGif(), cleaned);
        Assert.Empty(removed);
    }

    [Fact]
    public void Gif_Truncated_IsRejected() =>
        Assert.Throws<InvalidEvidenceException>(() => CleanerRun.Clean(EvidenceKinds.Gif, SampleMedia.BaselineGif()[..^5]));
}
