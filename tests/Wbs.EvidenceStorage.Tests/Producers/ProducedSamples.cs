namespace Wbs.EvidenceStorage.Tests.Producers;

/// <summary>
/// Evidence made once per test class by real producers, every identifying field naming
/// <see cref="Marker"/> and every location the same GPS position: a photo tagged by exiftool
/// (author, camera make/model/serial, GPS), documents written by LibreOffice from a flat
/// OpenDocument source (authors, printer, company, template path, and that photo embedded), and
/// media tagged by ffmpeg (title, artist, comment, device, location; also Ogg Opus and Vorbis comments),
/// and videos with a subtitle track naming the place and a timecode track.
/// </summary>
public sealed class ProducedSamples : IAsyncLifetime
{
    public const string Marker = "RhsPelapor7Q";
    private const string Location = "-07.3900+109.6900/";

    public string Folder { get; } = Directory.CreateTempSubdirectory("wbs-producers-").FullName;

    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public byte[] this[string name] => _files[name];

    public async ValueTask InitializeAsync()
    {
        await PhotoAsync(Folder);
        await Ffmpeg("-f", "lavfi", "-i", "testsrc=s=64x48:d=1:r=10", "-frames:v", "1", "screen.png");
        await Tool.RunOkAsync("exiftool", Folder, "-q", "-overwrite_original", $"-PNG:Author={Marker}", $"-XMP-dc:Creator={Marker}",
            "-GPSLatitude=7.39", "-GPSLatitudeRef=S", "-GPSLongitude=109.69", "-GPSLongitudeRef=E", "screen.png");

        var photo = Convert.ToBase64String(await File.ReadAllBytesAsync(Path.Combine(Folder, "photo.jpg")));
        await File.WriteAllTextAsync(Path.Combine(Folder, "report.fodt"), FlatDocuments.Text(Marker, photo));
        await File.WriteAllTextAsync(Path.Combine(Folder, "sheet.fods"), FlatDocuments.Spreadsheet(Marker, photo));
        await File.WriteAllTextAsync(Path.Combine(Folder, "slides.fodp"), FlatDocuments.Presentation(Marker, photo));
        await Office("docx", "report.fodt");
        await Office("odt", "report.fodt");
        await Office("pdf", "report.fodt");
        await Office("xlsx", "sheet.fods");
        await Office("ods", "sheet.fods");
        await Office("csv", "sheet.fods");
        await Office("txt", "report.fodt");
        await Office("pptx", "slides.fodp");
        // Info in a compressed object stream (qpdf, as Acrobat and pdfTeX write them); a photo scanned to
        // PDF by img2pdf, which embeds the JPEG as it is, EXIF and GPS included.
        await Tool.RunOkAsync("qpdf", Folder, "--object-streams=generate", "report.pdf", "report-objstm.pdf");
        // XMP written by exiftool (an incremental update), then the whole file rewritten by qpdf into object streams.
        // qpdf (11.3) compresses every stream but /Type /Metadata ones, and LibreOffice writes its XMP plain too.
        await Tool.RunOkAsync("exiftool", Folder, "-q", $"-XMP-dc:Creator={Marker}", $"-XMP-pdf:Author={Marker}", $"-XMP-xmp:CreatorTool={Marker}Tool",
            "-o", "report-xmp-plain.pdf", "report.pdf");
        await Tool.RunOkAsync("qpdf", Folder, "--compress-streams=y", "--object-streams=generate", "report-xmp-plain.pdf", "report-xmp.pdf");
        // XMP that Ghostscript compresses (a pdfmark over LibreOffice's PDF), and the photo as an inline image (ReportLab;
        // then MuPDF's rewrite of the page into a raw inline JPEG in a Flate content stream): see PdfProducers.
        await File.WriteAllTextAsync(Path.Combine(Folder, "xmp.ps"), PdfProducers.XmpPdfmark(Marker));
        await Tool.RunOkAsync("gs", Folder, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", "report-xmp-gs.pdf", "xmp.ps", "report.pdf");
        await File.WriteAllTextAsync(Path.Combine(Folder, "inline.py"), PdfProducers.InlinePhotoScript);
        await Tool.RunOkAsync(PdfProducers.Python, Folder, "inline.py", "photo.jpg", "inline.pdf");
        await Tool.RunOkAsync("mutool", Folder, "clean", "-cz", "inline.pdf", "inline-flate.pdf");
        await Tool.RunOkAsync("img2pdf", Folder, "photo.jpg", "-o", "scan-plain.pdf");
        await Tool.RunOkAsync("qpdf", Folder, "--object-streams=generate", "scan-plain.pdf", "scan.pdf");

        string[] tags = ["-metadata", $"title={Marker}", "-metadata", $"artist={Marker}", "-metadata", $"comment={Marker}",
            "-metadata", $"location={Location}"];
        await Ffmpeg(["-f", "lavfi", "-i", "testsrc=s=64x48:d=1:r=10", "-f", "lavfi", "-i", "sine=d=1", "-c:v", "libx264", "-c:a", "aac", .. tags, "video.mp4"]);
        await Ffmpeg(["-i", "video.mp4", "-c", "copy", .. tags, "-metadata", $"make={Marker}Make", "-metadata", $"model={Marker}Phone", "video.mov"]);
        await Ffmpeg(["-i", "video.mp4", "-c:v", "mpeg4", "-c:a", "aac", "-ar", "8000", "-ac", "1", .. tags, "video.3gp"]);
        // Tracks beside picture and sound: a subtitle (mov_text) whose text names the reporter's place, a timecode
        // track (tmcd), and QuickTime GPS written by exiftool, as phones and action cameras carry location data.
        await File.WriteAllTextAsync(Path.Combine(Folder, "lokasi.srt"), $"1\n00:00:00,000 --> 00:00:01,000\nLokasi -7.3900, 109.6900 {Marker}\n\n");
        await Ffmpeg("-i", "video.mp4", "-i", "lokasi.srt", "-map", "0", "-map", "1", "-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text",
            "-timecode", "01:02:03:04", "tracks.mov");
        await Tool.RunOkAsync("exiftool", Folder, "-q", "-overwrite_original", "-QuickTime:GPSCoordinates=-7.39, 109.69", "tracks.mov");
        await Ffmpeg("-i", "video.mp4", "-i", "lokasi.srt", "-map", "0", "-map", "1", "-c:v", "copy", "-c:a", "copy", "-c:s", "mov_text", "subtitled.mp4");
        await Ffmpeg(["-f", "lavfi", "-i", "sine=d=1", "-c:a", "aac", .. tags, "voice.m4a"]);
        await Ffmpeg(["-f", "lavfi", "-i", "sine=d=1", "-c:a", "libmp3lame", .. tags, "voice.mp3"]);
        await Ffmpeg(["-f", "lavfi", "-i", "sine=d=1", "-c:a", "pcm_s16le", .. tags, "voice.wav"]);
        await Ffmpeg("-f", "lavfi", "-i", "testsrc=s=64x48:d=1:r=10", "-frames:v", "1", "screen.gif");
        await Ffmpeg("-f", "lavfi", "-i", "testsrc=s=64x48:d=1:r=10", "-frames:v", "1", "screen.webp");
        // A WhatsApp voice note is Opus in Ogg; older recorders write Vorbis. Long enough for many pages.
        await Ffmpeg(["-f", "lavfi", "-i", "sine=d=20", "-c:a", "libopus", "-b:a", "16k", .. tags, "voice.opus"]);
        await Ffmpeg(["-f", "lavfi", "-i", "sine=d=20", "-c:a", "libvorbis", .. tags, "voice.ogg"]);

        foreach (var file in Directory.GetFiles(Folder))
        {
            _files[Path.GetFileName(file)] = await File.ReadAllBytesAsync(file);
        }
    }

    /// <summary>
    /// <c>photo.jpg</c> in <paramref name="folder"/>: ffmpeg's test picture tagged by exiftool as a phone tags it
    /// (author, camera make, model and serial, GPS), every field naming <see cref="Marker"/>.
    /// </summary>
    /// <param name="size">Width×height; a larger picture for tests that need a file of some length.</param>
    public static async Task<byte[]> PhotoAsync(string folder, string size = "64x48")
    {
        await RunFfmpeg(folder, "-f", "lavfi", "-i", $"testsrc=s={size}:d=1:r=10", "-frames:v", "1", "photo.jpg");
        await Tool.RunOkAsync("exiftool", folder, "-q", "-overwrite_original", "-GPSLatitude=7.39", "-GPSLatitudeRef=S",
            "-GPSLongitude=109.69", "-GPSLongitudeRef=E", $"-Artist={Marker}", $"-Make={Marker}Make", $"-Model={Marker}Phone",
            $"-SerialNumber={Marker}Serial", $"-XMP-dc:Creator={Marker}", $"-IPTC:By-line={Marker}", $"-Comment={Marker}", "photo.jpg");
        return await File.ReadAllBytesAsync(Path.Combine(folder, "photo.jpg"));
    }

    private Task Ffmpeg(params string[] arguments) => RunFfmpeg(Folder, arguments);

    private static Task RunFfmpeg(string folder, params string[] arguments) =>
        Tool.RunOkAsync("ffmpeg", folder, ["-hide_banner", "-loglevel", "error", "-y", .. arguments]);

    private async Task Office(string format, string source)
    {
        await Tool.RunOkAsync("soffice", Folder, "--headless", "--norestore", "--convert-to", format, source);
        var produced = Path.Combine(Folder, Path.ChangeExtension(source, format));
        if (!File.Exists(produced))
        {
            throw new InvalidOperationException($"LibreOffice did not produce {produced}.");
        }
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
