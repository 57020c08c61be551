using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>Upload through the public endpoint, download as staff: metadata gone, file still opens.</summary>
public sealed class UploadAndDownloadTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task<byte[]> RoundTripAsync(string fileName, byte[] bytes, string contentType, string expectedType)
    {
        var uploaded = await _host.UploadOkAsync(fileName, bytes, contentType);
        Assert.Equal(expectedType, uploaded.ContentType);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(roles: "verifier"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var downloaded = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(uploaded.Size, downloaded.Length);
        Assert.Equal(uploaded.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(downloaded)));
        Assert.False(SampleFiles.Contains(downloaded, SampleFiles.Marker), "the downloaded file still holds identifying metadata");
        await Eventually.TrueAsync(() => Task.FromResult(_host.ScratchFiles().Length == 0), TimeSpan.FromSeconds(5), "decrypted scratch files to be deleted");
        return downloaded;
    }

    [Fact]
    public async Task Jpeg_WithExifGpsAndAuthorComment_DownloadsWithoutThemAndStillAJpeg()
    {
        var downloaded = await RoundTripAsync("foto.jpg", SampleFiles.JpegWithMetadata(), "image/jpeg", "image/jpeg");
        ImageAssert.JpegMarkers(downloaded);
        Assert.Equal(SampleFiles.BaselineJpeg, downloaded);
    }

    [Fact]
    public async Task Jpeg_Upload_ReportsWhatWasRemoved()
    {
        var uploaded = await _host.UploadOkAsync("foto.jpg", SampleFiles.JpegWithMetadata(), "image/jpeg");
        // Plain words a reporter understands, not format keys.
        Assert.Equal(["komentar tersembunyi", "nama penulis", "data EXIF foto", "lokasi GPS", "keterangan IPTC (pembuat, lokasi)",
            "data tambahan di akhir berkas", "data XMP (penulis, aplikasi, riwayat)"], uploaded.MetadataRemoved);
        Assert.Contains("GPS location", uploaded.MetadataRemovedEn);
        Assert.Equal("foto.jpg", uploaded.FileName);
        Assert.Equal(64, uploaded.Sha256.Length);
    }

    [Fact]
    public async Task Upload_IsTracedAsCleaningThenSealing_UnderItsRequest()
    {
        var stopped = new System.Collections.Concurrent.ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EvidenceTracing.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var bytes = SampleFiles.JpegWithMetadata();

        var uploaded = await _host.UploadOkAsync("foto.jpg", bytes, "image/jpeg");

        var clean = Assert.Single(stopped, a => a.OperationName == EvidenceTracing.Clean && a.GetTagItem("wbs.evidence.bytes") is long n && n == bytes.Length);
        var seal = Assert.Single(stopped, a => a.OperationName == EvidenceTracing.Seal && a.TraceId == clean.TraceId);
        Assert.NotNull(clean.ParentId);
        Assert.True(seal.StartTimeUtc >= clean.StartTimeUtc + clean.Duration, "sealing starts once cleaning is done");
        Assert.Equal("jpeg", clean.GetTagItem("wbs.evidence.kind"));
        Assert.Equal(uploaded.Size, seal.GetTagItem("wbs.evidence.bytes"));
        // The kind and the size only: no file name, hash or id reaches the dashboard.
        Assert.All(clean.TagObjects.Concat(seal.TagObjects), t => Assert.StartsWith("wbs.evidence.", t.Key));
    }

    [Fact]
    public async Task Png_WithAuthorText_DownloadsWithoutItAndCrcsValid()
    {
        var downloaded = await RoundTripAsync("layar.png", SampleFiles.PngWithMetadata(), "image/png", "image/png");
        Assert.Equal(["IHDR", "IDAT", "IEND"], ImageAssert.PngChunks(downloaded));
    }

    [Fact]
    public async Task WebP_WithExifAndXmp_DownloadsWithoutThem()
    {
        var downloaded = await RoundTripAsync("gambar.webp", SampleFiles.WebPWithMetadata(), "image/webp", "image/webp");
        Assert.Equal("WEBP", Encoding.ASCII.GetString(downloaded, 8, 4));
    }

    [Fact]
    public async Task Docx_WithCreator_DownloadsWithoutItAndOpens()
    {
        var downloaded = await RoundTripAsync("laporan.docx", SampleFiles.DocxWithMetadata(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", EvidenceKinds.Docx.ContentType);
        using var zip = new ZipArchive(new MemoryStream(downloaded), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("word/document.xml"));
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain(SampleFiles.Marker, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Odt_WithInitialCreator_DownloadsWithoutItAndOpens()
    {
        var downloaded = await RoundTripAsync("laporan.odt", SampleFiles.OdtWithMetadata(), "application/octet-stream", EvidenceKinds.Odt.ContentType);
        OdfAssert.MimetypeFirstAndStored(downloaded, "application/vnd.oasis.opendocument.text");
    }

    [Fact]
    public async Task Pdf_WithAuthorInInfoAndXmp_DownloadsBlankedAtTheSameOffsets()
    {
        var original = SamplePdf.WithMetadata();
        var uploaded = await _host.UploadOkAsync("laporan.pdf", original, "application/pdf");
        Assert.Equal(["penulis dan aplikasi pembuat PDF", "data XMP (penulis, aplikasi, riwayat)"], uploaded.MetadataRemoved);
        Assert.Equal(["PDF author and creating software", "XMP data (author, software, history)"], uploaded.MetadataRemovedEn);
        var downloaded = await RoundTripAsync("laporan.pdf", original, "application/pdf", "application/pdf");
        Assert.Equal(original.Length, downloaded.Length);
        Assert.Contains($"/Title ({SamplePdf.Title})", PdfAssert.Objects(downloaded)[5]);
    }

    [Theory]
    [InlineData("rekaman.mp3", "audio/mpeg")]
    [InlineData("rekaman.wav", "audio/wav")]
    [InlineData("animasi.gif", "image/gif")]
    public async Task Media_WithTags_DownloadsWithoutThem(string fileName, string contentType)
    {
        var bytes = contentType switch
        {
            "audio/mpeg" => SampleMedia.Mp3WithTags(),
            "audio/wav" => SampleMedia.WavWithMetadata(),
            _ => SampleMedia.GifWithMetadata(),
        };
        var uploaded = await _host.UploadOkAsync(fileName, bytes, contentType);
        Assert.NotEmpty(uploaded.MetadataRemoved);
        var downloaded = await RoundTripAsync(fileName, bytes, contentType, contentType);
        Assert.Same(FileTypeDetector.Detect(new MemoryStream(bytes), Path.GetExtension(fileName)),
            FileTypeDetector.Detect(new MemoryStream(downloaded), Path.GetExtension(fileName)));
    }

    [Fact]
    public async Task PlainText_RoundTripsUnchanged()
    {
        var text = Encoding.UTF8.GetBytes("Kronologi: pada 3 Januari dana dipotong. ✓\n");
        var downloaded = await RoundTripAsync("kronologi.txt", text, "text/plain", EvidenceKinds.Text.ContentType);
        Assert.Equal(text, downloaded);
    }

    [Fact]
    public async Task ElfRenamedPdf_IsRefused415AndNothingKept()
    {
        using var response = await _host.UploadAsync("laporan.pdf", SampleFiles.Elf(), "application/pdf");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task JpegNamedPdf_IsRefused415()
    {
        using var response = await _host.UploadAsync("laporan.pdf", SampleFiles.BaselineJpeg);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task PngClaimedAsPdfContentType_IsRefused415()
    {
        using var response = await _host.UploadAsync("gambar.png", SampleFiles.BaselinePng(), "application/pdf");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task OverTheTenantLimit_IsRefused413AndNothingKept()
    {
        var big = Encoding.ASCII.GetBytes(new string('a', (int)EvidenceHost.SmallLimit + 1));
        using var response = await _host.UploadAsync("besar.txt", big, "text/plain");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task Video_CleanedWhileItArrives_ComesBackWhole()
    {
        var video = SampleMedia.Mp4(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3 * 1024 * 1024));

        var downloaded = await RoundTripAsync("rekaman.mp4", video, "video/mp4", "video/mp4");

        Assert.Equal(video, downloaded);
        Assert.Single(_host.BlobFiles());
    }

    [Fact]
    public async Task Video_WithADataTrack_LosesItsSamples_InTheSecondPass()
    {
        var video = SampleMedia.Mp4WithDataTrack(out var samples);

        var downloaded = await RoundTripAsync("rekaman.mp4", video, "video/mp4", "video/mp4");

        Assert.Equal(video.Length, downloaded.Length);
        Assert.True(downloaded.AsSpan((int)samples.Offset, (int)samples.Length).IndexOfAnyExcept((byte)0) < 0, "the text track's sample is zeros");
        Assert.Equal(video[..(int)samples.Offset], downloaded[..(int)samples.Offset]);
        // The sealed pass with the sample in it was replaced, not kept beside.
        Assert.Single(_host.BlobFiles());
    }

    [Fact]
    public async Task VideoOverTheMediaLimit_IsRefused413WhileItArrives_AndNothingKept()
    {
        var video = SampleMedia.Mp4(new byte[EvidenceHost.SmallMediaLimit]);

        using var response = await _host.UploadAsync("rekaman.mp4", video, "video/mp4");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("4 MB", problem.GetProperty("detail").GetString());
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task TruncatedVideo_IsRefused422_AndNothingKept()
    {
        var video = SampleMedia.Mp4(new byte[100_000])[..50_000];

        using var response = await _host.UploadAsync("rekaman.mp4", video, "video/mp4");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task ExactlyAtTheLimit_IsAccepted()
    {
        var atLimit = Encoding.ASCII.GetBytes(new string('a', (int)EvidenceHost.SmallLimit));
        var uploaded = await _host.UploadOkAsync("pas.txt", atLimit, "text/plain");
        Assert.Equal(EvidenceHost.SmallLimit, uploaded.Size);
    }

    [Fact]
    public async Task EmptyFile_IsRefused400()
    {
        using var response = await _host.UploadAsync("kosong.txt", [], "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task NoFilePart_IsRefused400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "bukan-file" } };
        using var response = await _host.Client.PostAsync($"/api/{EvidenceHost.Tenant}/evidence", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownTenant_Is404()
    {
        using var response = await _host.UploadAsync("a.txt", "halo"u8.ToArray(), "text/plain", tenant: "tidak-ada");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownTenant_OnAStaffPathWithoutToken_Is404NotA401_KnownTenantStill401And403()
    {
        using var unknown = await _host.DownloadAsync(Guid.NewGuid(), token: null, tenant: "tidak-ada");
        using var known = await _host.DownloadAsync(Guid.NewGuid(), token: null);
        using var otherTenant = await _host.DownloadAsync(Guid.NewGuid(), _host.StaffToken("komdigi", "admin"));

        await AssertProblemAsync(unknown, HttpStatusCode.NotFound, "Instansi tidak dikenal. / Unknown agency.");
        Assert.Equal(HttpStatusCode.Unauthorized, known.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherTenant.StatusCode);
    }

    /// <summary>A part that never ends, a body with no boundary at all, a header line past the limit, a video cut off as it streams.</summary>
    [Theory]
    [InlineData("cut-in-file")]
    [InlineData("no-boundary-at-all")]
    [InlineData("header-too-long")]
    [InlineData("cut-in-video")]
    public async Task BrokenMultipart_Is400Problem_AndNothingKept(string broken)
    {
        const string boundary = "batas-uji-123";
        static byte[] Part(string fileName, string type) => Encoding.ASCII.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: {type}\r\n\r\n");
        byte[] body = broken switch
        {
            "cut-in-file" => [.. Part("catatan.txt", "text/plain"), .. "Isi catatan yang terpotong di tengah"u8],
            "no-boundary-at-all" => "bukan multipart sama sekali, hanya teks"u8.ToArray(),
            "header-too-long" => Encoding.ASCII.GetBytes($"--{boundary}\r\nX-Panjang: {new string('a', 20_000)}\r\n\r\nisi\r\n--{boundary}--\r\n"),
            _ => [.. Part("rekaman.mp4", "video/mp4"), .. SampleMedia.Mp4(new byte[200_000])[..120_000]],
        };
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");

        using var response = await _host.Client.PostAsync($"/api/{EvidenceHost.Tenant}/evidence", content, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest,
            "Isi multipart/form-data terpotong atau rusak. / The multipart/form-data body is cut short or malformed.");
        await AssertNothingKeptAsync();
    }

    /// <summary>Routing refuses a body of another declared media type before the endpoint runs; the endpoint refuses one without any.</summary>
    [Theory]
    [InlineData("text/plain", "Jenis isi permintaan tidak didukung. / Unsupported content type.")]
    [InlineData("application/json", "Jenis isi permintaan tidak didukung. / Unsupported content type.")]
    [InlineData(null, "Kirim berkas sebagai multipart/form-data dengan satu bagian 'file'. / Send the file as multipart/form-data with one 'file' part.")]
    public async Task BodyNotMultipart_Is415Problem_AndNothingKept(string? contentType, string detail)
    {
        using var content = new ByteArrayContent("bukti sebagai teks biasa"u8.ToArray());
        if (contentType is not null)
        {
            content.Headers.ContentType = new(contentType);
        }

        using var response = await _host.Client.PostAsync($"/api/{EvidenceHost.Tenant}/evidence", content, TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, detail);
        await AssertNothingKeptAsync();
    }

    [Fact]
    public async Task MultipartWithoutBoundary_Is400Problem()
    {
        using var content = new ByteArrayContent("isi"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");

        using var response = await _host.Client.PostAsync($"/api/{EvidenceHost.Tenant}/evidence", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PathInFileName_KeepsOnlyTheBaseName()
    {
        var uploaded = await _host.UploadOkAsync("../../etc/rahasia.txt", "halo"u8.ToArray(), "text/plain");
        Assert.Equal("rahasia.txt", uploaded.FileName);
    }

    [Fact]
    public async Task StoredBlob_DoesNotContainThePlaintext()
    {
        const string secret = "PLAINTEXT-MARKER-KORUPSI-DANA-DESA";
        var uploaded = await _host.UploadOkAsync("catatan.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(secret + "\n", 200))), "text/plain");
        var blobs = _host.BlobFiles();
        Assert.Single(blobs);
        var blob = await File.ReadAllBytesAsync(blobs[0], TestContext.Current.CancellationToken);
        Assert.True(blob.Length > uploaded.Size);
        Assert.False(SampleFiles.Contains(blob, secret));
        Assert.False(SampleFiles.Contains(blob, "PLAINTEXT"));
        Assert.Empty(_host.ScratchFiles());
    }

    [Fact]
    public async Task TamperedBlob_DownloadIsRefusedAndNotAudited()
    {
        var uploaded = await _host.UploadOkAsync("catatan.txt", Encoding.UTF8.GetBytes(new string('z', 5000)), "text/plain");
        var path = Assert.Single(_host.BlobFiles());
        var blob = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        blob[blob.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(path, blob, TestContext.Current.CancellationToken);

        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(roles: "admin"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("integrity", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Set<Wbs.ServiceDefaults.Messaging.OutboxMessage>()
            .CountAsync(m => m.Type == typeof(Wbs.Contracts.EvidenceViewed).FullName)));
        Assert.Empty(_host.ScratchFiles());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    private async Task AssertNothingKeptAsync()
    {
        Assert.Equal(0, await _host.WithDbAsync(db => db.Evidence.CountAsync()));
        Assert.Empty(_host.BlobFiles());
        Assert.Empty(_host.ScratchFiles());
    }
}
