using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wbs.EvidenceStorage.Tests.Producers;

namespace Wbs.EvidenceStorage.Tests.Integration;

/// <summary>
/// Files made by real producers go in through the upload endpoint and come out through the staff
/// download; exiftool, reading them independently, finds no identifying field, and the file still
/// opens as its type (ffprobe, pdfinfo, LibreOffice).
/// </summary>
public sealed class ProducedFileTests(InfrastructureFixture infra, ProducedSamples samples) : IAsyncLifetime, IClassFixture<ProducedSamples>
{
    private const string Tenant = EvidenceHost.OtherTenant;
    private EvidenceHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await EvidenceHost.StartAsync(infra);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, string> Produced => new()
    {
        { "photo.jpg", "image/jpeg" },
        { "screen.png", "image/png" },
        { "video.mp4", "video/mp4" },
        { "video.mov", "video/quicktime" },
        { "video.3gp", "video/3gpp" },
        { "tracks.mov", "video/quicktime" },
        { "subtitled.mp4", "video/mp4" },
        { "voice.m4a", "audio/mp4" },
        { "voice.mp3", "audio/mpeg" },
        { "voice.opus", "audio/ogg" },
        { "voice.ogg", "audio/ogg" },
        { "report.pdf", "application/pdf" },
        { "report-objstm.pdf", "application/pdf" },
        { "report-xmp.pdf", "application/pdf" },
        { "report-xmp-gs.pdf", "application/pdf" },
        { "inline.pdf", "application/pdf" },
        { "inline-flate.pdf", "application/pdf" },
        { "scan.pdf", "application/pdf" },
        { "report.docx", EvidenceKinds.Docx.ContentType },
        { "report.odt", EvidenceKinds.Odt.ContentType },
        { "sheet.xlsx", EvidenceKinds.Xlsx.ContentType },
        { "slides.pptx", EvidenceKinds.Pptx.ContentType },
    };

    [Theory]
    [MemberData(nameof(Produced))]
    public async Task ProducedFile_AfterUploadAndDownload_HoldsNothingIdentifying(string name, string contentType)
    {
        var original = samples[name];
        var extension = Path.GetExtension(name);
        Assert.NotEmpty(Exiftool.Identifying(await Exiftool.ReadAsync(original, extension, samples.Folder), ProducedSamples.Marker)
            .Concat(await EmbeddedImagesIdentifyingAsync(original, extension)));

        var downloaded = await RoundTripAsync(name, original, contentType);

        Assert.Empty(Exiftool.Identifying(await Exiftool.ReadAsync(downloaded, extension, samples.Folder), ProducedSamples.Marker));
        Assert.False(SampleFiles.Contains(downloaded, ProducedSamples.Marker), "the marker is still in the downloaded bytes");
        Assert.Empty(await EmbeddedImagesIdentifyingAsync(downloaded, extension));
        if (downloaded.AsSpan().StartsWith("PK"u8))
        {
            await AssertPackageCleanAsync(downloaded);
        }
    }

    [Theory]
    [MemberData(nameof(Produced))]
    public async Task ProducedFile_AfterCleaning_StillOpensAsItsType(string name, string contentType)
    {
        var downloaded = await RoundTripAsync(name, samples[name], contentType);
        var path = Path.Combine(samples.Folder, $"opened-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        await File.WriteAllBytesAsync(path, downloaded, TestContext.Current.CancellationToken);

        if (contentType.StartsWith("image/", StringComparison.Ordinal) || contentType.StartsWith("video/", StringComparison.Ordinal)
            || contentType.StartsWith("audio/", StringComparison.Ordinal))
        {
            var streams = await Tool.RunOkAsync("ffprobe", samples.Folder, "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", path);
            Assert.Contains(contentType.StartsWith("audio/", StringComparison.Ordinal) ? "audio" : "video", streams);
        }
        else if (contentType == "application/pdf")
        {
            Assert.Contains("Pages:", await Tool.RunOkAsync("pdfinfo", samples.Folder, path));
        }
        else
        {
            var outDir = Path.Combine(samples.Folder, $"converted-{Guid.NewGuid():N}");
            await Tool.RunOkAsync("soffice", samples.Folder, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, path);
            var pdf = Path.Combine(outDir, Path.ChangeExtension(Path.GetFileName(path), "pdf"));
            Assert.True(File.Exists(pdf), "LibreOffice could not open the cleaned document");
            Assert.Contains("Pages:", await Tool.RunOkAsync("pdfinfo", samples.Folder, pdf));
        }
    }

    [Fact]
    public async Task ProducedPhoto_ReporterIsToldInPlainWordsWhatWasRemoved()
    {
        var uploaded = await _host.UploadOkAsync("foto.jpg", samples["photo.jpg"], "image/jpeg", Tenant);

        Assert.Contains("lokasi GPS", uploaded.MetadataRemoved);
        Assert.Contains("merek dan model kamera", uploaded.MetadataRemoved);
        Assert.Contains("nomor seri kamera", uploaded.MetadataRemoved);
        Assert.Contains("nama penulis", uploaded.MetadataRemoved);
        Assert.Contains("GPS location", uploaded.MetadataRemovedEn);
    }

    [Theory]
    [InlineData("tracks.mov", "subtitle,data")]
    [InlineData("subtitled.mp4", "subtitle")]
    public async Task VideoWithSubtitleAndTimecodeTracks_KeepsOnlyPictureAndSound_AndStillDecodes(string name, string extraTracks)
    {
        var ct = TestContext.Current.CancellationToken;
        var original = Path.Combine(samples.Folder, name);
        string[] expected = [.. new[] { "audio", "video" }.Concat(extraTracks.Split(',')).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, await StreamTypesAsync(original));

        var uploaded = await _host.UploadOkAsync(name, samples[name], null, Tenant);
        Assert.Contains("jalur data tersembunyi dalam video (lokasi, kode waktu, teks)", uploaded.MetadataRemoved);
        Assert.Contains("hidden data tracks in the video (location, timecode, text)", uploaded.MetadataRemovedEn);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        var cleaned = Path.Combine(samples.Folder, $"cleaned-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        await File.WriteAllBytesAsync(cleaned, await response.Content.ReadAsByteArrayAsync(ct), ct);

        string[] kept = ["audio", "video"];
        Assert.Equal(kept, await StreamTypesAsync(cleaned));
        Assert.False(SampleFiles.Contains(await File.ReadAllBytesAsync(cleaned, ct), "109.69"), "the subtitle's place is still in the bytes");
        // Every frame and sample still decodes.
        var (exitCode, errors) = await Tool.RunAsync("ffmpeg", samples.Folder, "-v", "error", "-i", cleaned, "-f", "null", "-");
        Assert.True(exitCode == 0 && errors.Trim().Length == 0, $"ffmpeg could not decode the cleaned video: {errors}");
    }

    private async Task<string[]> StreamTypesAsync(string path) =>
        [.. (await Tool.RunOkAsync("ffprobe", samples.Folder, "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", path))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task ProducedDocx_TemplatePathAndEmbeddedPhotoLocation_AreReportedRemoved()
    {
        var uploaded = await _host.UploadOkAsync("laporan.docx", samples["report.docx"], null, Tenant);

        Assert.Contains("metadata gambar di dalam dokumen", uploaded.MetadataRemoved);
        Assert.Contains("lokasi GPS", uploaded.MetadataRemoved);
        Assert.Contains("nama penulis", uploaded.MetadataRemoved);
        Assert.Contains("nama instansi/perusahaan", uploaded.MetadataRemoved);
        Assert.Contains("jalur templat dan berkas (nama pengguna komputer)", uploaded.MetadataRemoved);
    }

    [Fact]
    public async Task ScannedPhotoPdf_ReporterIsToldThePhotoLocationWasRemoved_AndThePhotoStillDecodes()
    {
        var uploaded = await _host.UploadOkAsync("pindaian.pdf", samples["scan.pdf"], null, Tenant);

        Assert.Contains("metadata gambar di dalam dokumen", uploaded.MetadataRemoved);
        Assert.Contains("lokasi GPS", uploaded.MetadataRemoved);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        var images = await ExtractImagesAsync(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var image = Assert.Single(images);
        Assert.Contains("video", await Tool.RunOkAsync("ffprobe", samples.Folder, "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", image));
    }

    [Fact]
    public async Task XmpCompressedByGhostscript_IsBlankedInsideItsCompressedStream_AndTheReporterIsTold()
    {
        var original = samples["report-xmp-gs.pdf"];
        // The sample's shape: its only XMP is a Flate stream, and exiftool reads the reporter's name from it.
        Assert.Matches(CompressedXmp, Encoding.Latin1.GetString(original));
        Assert.Contains($"XMP:Creator={ProducedSamples.Marker}", Exiftool.Identifying(await Exiftool.ReadAsync(original, ".pdf", samples.Folder), ProducedSamples.Marker));

        var uploaded = await _host.UploadOkAsync("laporan.pdf", original, null, Tenant);

        Assert.Contains("data XMP (penulis, aplikasi, riwayat)", uploaded.MetadataRemoved);
        Assert.Contains("XMP data (author, software, history)", uploaded.MetadataRemovedEn);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        var downloaded = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Matches(CompressedXmp, Encoding.Latin1.GetString(downloaded));
        Assert.Empty(Exiftool.Identifying(await Exiftool.ReadAsync(downloaded, ".pdf", samples.Folder), ProducedSamples.Marker));
        Assert.DoesNotContain(ProducedSamples.Marker, await DecodedAsync(downloaded), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inline.pdf")]
    [InlineData("inline-flate.pdf")]
    public async Task InlinePhotoInCompressedDrawingInstructions_LosesItsExif_AndThePageStillRenders(string name)
    {
        var original = samples[name];
        // The sample's shape: the photo is an inline JPEG whose EXIF names the camera, only visible once decoded.
        Assert.DoesNotContain($"{ProducedSamples.Marker}Phone", Encoding.Latin1.GetString(original), StringComparison.Ordinal);
        Assert.Contains("[inline]", await Tool.RunOkAsync("pdfimages", samples.Folder, "-list", await SaveAsync(original, name)));
        Assert.NotEmpty(await EmbeddedImagesIdentifyingAsync(original, ".pdf"));
        if (name == "inline-flate.pdf")
        {
            var decoded = await DecodedAsync(original);
            Assert.Matches(@"BI\s[^\n]*[\s\S]{0,200}/F\s*/DCT", decoded);
            Assert.Contains($"{ProducedSamples.Marker}Phone", decoded, StringComparison.Ordinal);
        }

        var uploaded = await _host.UploadOkAsync(name, original, null, Tenant);

        Assert.Contains("lokasi GPS", uploaded.MetadataRemoved);
        Assert.Contains("merek dan model kamera", uploaded.MetadataRemoved);
        Assert.Contains("metadata gambar di dalam dokumen", uploaded.MetadataRemoved);
        Assert.Contains("GPS location", uploaded.MetadataRemovedEn);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        var downloaded = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var cleaned = await DecodedAsync(downloaded);
        Assert.DoesNotContain(ProducedSamples.Marker, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Exif\0", cleaned, StringComparison.Ordinal);
        Assert.Empty(await EmbeddedImagesIdentifyingAsync(downloaded, ".pdf"));
        var image = Assert.Single(await ExtractImagesAsync(downloaded));
        Assert.Contains("video", await Tool.RunOkAsync("ffprobe", samples.Folder, "-v", "error", "-show_entries", "stream=codec_type", "-of", "csv=p=0", image));
        var page = Path.Combine(samples.Folder, $"page-{Guid.NewGuid():N}");
        var rendered = await Tool.RunOkAsync("pdftoppm", samples.Folder, "-r", "30", "-png", "-singlefile", await SaveAsync(downloaded, name), page);
        Assert.DoesNotContain("Error", rendered, StringComparison.Ordinal);
        Assert.True(new FileInfo(page + ".png").Length > 0, "pdftoppm drew nothing");
    }

    /// <summary>A metadata stream whose dictionary names Flate compression.</summary>
    private const string CompressedXmp = @"<<(?:(?!>>)[\s\S])*/Filter\s*/FlateDecode(?:(?!>>)[\s\S])*/Type\s*/Metadata";

    /// <summary>Every stream of a PDF decoded by qpdf (an independent reader), as Latin-1 text.</summary>
    private async Task<string> DecodedAsync(byte[] pdf)
    {
        var path = await SaveAsync(pdf, "decode.pdf");
        var decoded = path + ".qdf";
        var (exitCode, output) = await Tool.RunAsync("qpdf", samples.Folder, "--qdf", "--object-streams=disable", path, decoded);
        Assert.True(exitCode is 0 or 3, $"qpdf could not read the PDF: {output}"); // 3: warnings only
        return Encoding.Latin1.GetString(await File.ReadAllBytesAsync(decoded));
    }

    private async Task<string> SaveAsync(byte[] content, string name)
    {
        var path = Path.Combine(samples.Folder, $"{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    [Fact]
    public async Task ProducedDocxWithAnEmbeddedWorkbook_TheWorkbookIsCleanedToo()
    {
        var docx = WithEntry(samples["report.docx"], "word/embeddings/Microsoft_Excel_Worksheet1.xlsx", samples["sheet.xlsx"]);

        var uploaded = await _host.UploadOkAsync("laporan.docx", docx, null, Tenant);

        Assert.Contains("metadata dokumen di dalam dokumen (misalnya lembar kerja grafik)", uploaded.MetadataRemoved);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        using var outer = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        using var workbook = new MemoryStream();
        await using (var entry = outer.GetEntry("word/embeddings/Microsoft_Excel_Worksheet1.xlsx")!.Open())
        {
            await entry.CopyToAsync(workbook, TestContext.Current.CancellationToken);
        }
        Assert.Empty(Exiftool.Identifying(await Exiftool.ReadAsync(workbook.ToArray(), ".xlsx", samples.Folder), ProducedSamples.Marker));
        await AssertPackageCleanAsync(workbook.ToArray());
    }

    [Fact]
    public async Task ProducedDocxWithAnOleObject_IsRefusedWithAdvice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var docx = WithEntry(samples["report.docx"], "word/embeddings/oleObject1.bin", ole);

        using var response = await _host.UploadAsync("laporan.docx", docx, null, Tenant);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("objek tersemat", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string> BrokenXmlParts => new()
    {
        { "report.docx", "word/document.xml" },
        { "report.odt", "content.xml" },
        { "slides.pptx", "docProps/core.xml" },
    };

    [Theory]
    [MemberData(nameof(BrokenXmlParts))]
    public async Task ProducedDocumentWithBrokenXml_IsRefused_AndItsLogLineQuotesNothingOfTheFile(string name, string part)
    {
        // An element under a prefix the part never declares, named by tokens of the file's own: the XML parser's
        // message quotes the prefix ("'…' is an undeclared prefix"), the element and where it stands.
        var token = $"bocor{Guid.NewGuid():N}";
        var broken = WithPartBroken(samples[name], part, xml =>
            xml.Insert(xml.LastIndexOf("</", StringComparison.Ordinal), $"<{token}:Rahasia {token}Nama=\"{token}Nilai\"/>"));
        var logs = new CapturedLogs();
        await using var host = await EvidenceHost.StartAsync(infra, services: s => s.AddSingleton<ILoggerProvider>(logs));

        using var response = await host.UploadAsync(name, broken, null, Tenant);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain(token, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(logs.Lines, line => line.Contains("Refused a damaged", StringComparison.Ordinal)
            && line.Contains("Damaged XML part: XmlException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(token, StringComparison.OrdinalIgnoreCase)
            || line.Contains(ProducedSamples.Marker, StringComparison.OrdinalIgnoreCase) || line.Contains("Rahasia", StringComparison.Ordinal));
    }

    /// <summary>A copy of <paramref name="package"/> whose XML part <paramref name="part"/> is rewritten by <paramref name="edit"/>.</summary>
    private static byte[] WithPartBroken(byte[] package, string part, Func<string, string> edit)
    {
        var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"{part} is not in the package.");
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }
        return copy.ToArray();
    }

    private static byte[] WithEntry(byte[] package, string name, byte[] content)
    {
        var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
        return copy.ToArray();
    }

    /// <summary>For a PDF: what exiftool finds identifying in the pictures inside it, extracted as they are by pdfimages.</summary>
    private async Task<IReadOnlyList<string>> EmbeddedImagesIdentifyingAsync(byte[] file, string extension)
    {
        if (extension != ".pdf")
        {
            return [];
        }
        var found = new List<string>();
        foreach (var image in await ExtractImagesAsync(file))
        {
            var tags = await Exiftool.ReadAsync(await File.ReadAllBytesAsync(image), Path.GetExtension(image), samples.Folder);
            found.AddRange(Exiftool.Identifying(tags, ProducedSamples.Marker));
        }
        return found;
    }

    private async Task<string[]> ExtractImagesAsync(byte[] pdf)
    {
        var folder = Path.Combine(samples.Folder, $"images-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "file.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        await Tool.RunOkAsync("pdfimages", folder, "-j", path, Path.Combine(folder, "image"));
        return Directory.GetFiles(folder, "image*");
    }

    private async Task<byte[]> RoundTripAsync(string name, byte[] original, string contentType)
    {
        var uploaded = await _host.UploadOkAsync(name, original, null, Tenant);
        Assert.Equal(contentType, uploaded.ContentType);
        using var response = await _host.DownloadAsync(uploaded.EvidenceId, _host.StaffToken(Tenant, "verifier"), Tenant);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Every part of a document package, decompressed: no marker; every picture in it: no GPS, no marker.</summary>
    private async Task AssertPackageCleanAsync(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.Length > 0))
        {
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content, TestContext.Current.CancellationToken);
            }
            Assert.False(SampleFiles.Contains(content.ToArray(), ProducedSamples.Marker), $"{entry.FullName} still names the reporter");
            if (Path.GetExtension(entry.Name).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png")
            {
                var tags = await Exiftool.ReadAsync(content.ToArray(), Path.GetExtension(entry.Name), samples.Folder);
                Assert.Empty(Exiftool.Identifying(tags, ProducedSamples.Marker));
            }
        }
    }
}
