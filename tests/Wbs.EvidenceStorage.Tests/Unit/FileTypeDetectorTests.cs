namespace Wbs.EvidenceStorage.Tests.Unit;

public sealed class FileTypeDetectorTests
{
    private static string? Detect(byte[] bytes, string extension) => FileTypeDetector.Detect(new MemoryStream(bytes), extension)?.Name;

    public static TheoryData<string, byte[], string> Samples => new()
    {
        { "pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF"), ".pdf" },
        { "jpeg", SampleFiles.BaselineJpeg, ".jpg" },
        { "png", SampleFiles.BaselinePng(), ".png" },
        { "webp", SampleFiles.WebPWithMetadata(), ".webp" },
        { "gif", Encoding.ASCII.GetBytes("GIF89a\x01\0\x01\0\0\0\0;"), ".gif" },
        { "text", Encoding.UTF8.GetBytes("Laporan: dana desa dipotong 10%. Saksi ada. ✓"), ".txt" },
        { "csv", Encoding.UTF8.GetBytes("tanggal,jumlah\n2026-01-01,1000000\n"), ".csv" },
        { "docx", SampleFiles.DocxWithMetadata(), ".docx" },
        { "odt", SampleFiles.OdtWithMetadata(), ".odt" },
        { "doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ".doc" },
        { "xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ".xls" },
        { "mp3", [.. "ID3\x04\0\0\0\0\0\0"u8], ".mp3" },
        { "mp3", [0xFF, 0xFB, 0x90, 0x64, 0, 0, 0, 0], ".mp3" },
        { "m4a", [0, 0, 0, 0x20, .. "ftypM4A \0\0\0\0"u8], ".m4a" },
        { "mp4", [0, 0, 0, 0x20, .. "ftypisom\0\0\0\0"u8], ".mp4" },
        { "wav", [.. "RIFF\x24\0\0\0WAVEfmt "u8], ".wav" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Detect_AllowedContent_ReturnsItsKind(string expected, byte[] bytes, string extension) =>
        Assert.Equal(expected, Detect(bytes, extension));

    [Theory]
    [InlineData(".docx", "docx")]
    [InlineData(".ods", "ods")]
    [InlineData(".zip", null)]
    [InlineData("", null)]
    public void Detect_ZipCutShort_IsTheDocumentItsNameSays_OrNothingAllowed(string extension, string? expected)
    {
        var docx = SampleFiles.DocxWithMetadata();

        Assert.Equal(expected, Detect(docx[..16], extension));
        Assert.Equal(expected, Detect(docx[..(docx.Length / 2)], extension));
    }

    [Fact]
    public void Detect_ElfExecutable_IsNotAllowed() => Assert.Null(Detect(SampleFiles.Elf(), ".pdf"));

    [Fact]
    public void Detect_WindowsExecutable_IsNotAllowed() => Assert.Null(Detect([.. "MZ\x90\0\x03\0\0\0"u8, 0, 0, 0xFF, 0xFF], ".exe"));

    [Fact]
    public void Detect_InvalidUtf8_IsNotText() => Assert.Null(Detect([0x48, 0x69, 0xC3, 0x28, 0x21], ".txt"));

    [Fact]
    public void Detect_HeicImage_IsRecognisedToBeRefusedWithAdvice()
    {
        Assert.Equal("heic", Detect([0, 0, 0, 0x18, .. "ftypheic\0\0\0\0"u8], ".heic"));
        Assert.Contains("JPEG", EvidenceKinds.Heic.Refusal);
    }
}
