using System.Diagnostics;
using System.Text.Json;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Hostile and unusable uploads: each is answered with a clear 4xx problem (or cleaned) within a
/// generous bound, never 5xx, and an honest upload alongside them still succeeds.
/// </summary>
public sealed class HostileFileTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string, int> Refused => new()
    {
        { "zip-bomb", "bom.docx", 422 },
        { "entity-bomb", "tawa.docx", 422 },
        { "nested-mp4", "video.mp4", 422 },
        { "truncated-mp4", "video.mp4", 422 },
        { "truncated-jpeg", "foto.jpg", 422 },
        { "macro-docx", "makro.docx", 422 },
        { "legacy-doc", "surat.doc", 415 },
        { "zip", "arsip.zip", 415 },
        { "heic", "foto.heic", 415 },
        { "broken-ogg", "pesan-suara.ogg", 422 },
        { "pdf-javascript", "laporan.pdf", 422 },
        { "pdf-inline-jpeg-without-end", "laporan.pdf", 422 },
    };

    private static byte[] Sample(string name) => name switch
    {
        "zip-bomb" => HostileFiles.ZipBombDocx(),
        "entity-bomb" => HostileFiles.EntityBombDocx(),
        "nested-mp4" => HostileFiles.DeeplyNestedMp4(),
        "truncated-mp4" => HostileFiles.TruncatedMp4(),
        "truncated-jpeg" => SampleFiles.JpegWithMetadata()[..300],
        "macro-docx" => HostileFiles.MacroDocx(),
        "legacy-doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
        "zip" => HostileFiles.JpegZipPolyglot()[SampleFiles.BaselineJpeg.Length..],
        "heic" => [0, 0, 0, 0x18, .. "ftypheic\0\0\0\0mif1heic"u8, 0, 0, 0, 8, .. "mdat"u8],
        "pdf-javascript" => HostileFiles.PdfWithJavaScript(),
        "pdf-inline-jpeg-without-end" => HostileFiles.PdfInlineJpegWithoutEnd(),
        "broken-ogg" => [.. "OggS"u8, 0, 2, .. new byte[22], .. "OpusHead"u8],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task HostileOrUncleanableFile_IsRefusedWithAProblem_QuicklyAndKeepsNothing(string sample, string fileName, int status)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _host.UploadAsync(fileName, Sample(sample), tenant: EvidenceHost.OtherTenant);
        watch.Stop();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        Assert.Empty(_host.BlobFiles());
        Assert.Equal(0, await _host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evidence)));
    }

    [Theory]
    [InlineData("legacy-doc", "PDF")]
    [InlineData("heic", "JPEG")]
    [InlineData("zip", "terpisah")]
    [InlineData("macro-docx", "makro")]
    [InlineData("pdf-javascript", "Simpan sebagai PDF")]
    public async Task RefusedType_SaysInIndonesianWhatToDoInstead(string sample, string advice)
    {
        var name = sample switch
        {
            "legacy-doc" => "surat.doc",
            "heic" => "foto.heic",
            "zip" => "arsip.zip",
            "pdf-javascript" => "laporan.pdf",
            _ => "makro.docx",
        };
        using var response = await _host.UploadAsync(name, Sample(sample), tenant: EvidenceHost.OtherTenant);

        Assert.Contains(advice, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task QuadraticPdfPatterns_AreHandledWithinTheBound()
    {
        foreach (var pdf in new[] { HostileFiles.PdfOfXmpOpeners(), HostileFiles.DeeplyNestedPdf(), HostileFiles.PdfOfInlineImageOpeners() })
        {
            var watch = Stopwatch.StartNew();
            using var response = await _host.UploadAsync("berkas.pdf", pdf, "application/pdf", EvidenceHost.OtherTenant);
            watch.Stop();

            Assert.True((int)response.StatusCode is 201 or 415 or 422, $"{(int)response.StatusCode}");
            Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        }
    }

    [Fact]
    public async Task JpegWithAppendedZip_IsStoredWithoutTheArchive()
    {
        var uploaded = await _host.UploadOkAsync("foto.jpg", HostileFiles.JpegZipPolyglot(), "image/jpeg", EvidenceHost.OtherTenant);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(EvidenceHost.OtherTenant, "verifier"), EvidenceHost.OtherTenant);
        var downloaded = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(SampleFiles.BaselineJpeg, downloaded);
        Assert.Contains("data tambahan di akhir berkas", uploaded.MetadataRemoved);
    }

    [Fact]
    public async Task SeveralHostileUploadsAtOnce_AnHonestUploadStillSucceeds()
    {
        var hostile = Enumerable.Range(0, 4).Select(async i =>
        {
            using var r = await _host.UploadAsync(i % 2 == 0 ? "bom.docx" : "berkas.pdf",
                i % 2 == 0 ? HostileFiles.ZipBombDocx() : HostileFiles.PdfOfXmpOpeners(), tenant: EvidenceHost.OtherTenant);
            return (int)r.StatusCode;
        }).ToList();
        var honest = await _host.UploadOkAsync("foto.jpg", SampleFiles.JpegWithMetadata(), "image/jpeg");

        Assert.Equal("image/jpeg", honest.ContentType);
        Assert.All(await Task.WhenAll(hostile), status => Assert.True(status < 500, $"{status}"));
    }
}
