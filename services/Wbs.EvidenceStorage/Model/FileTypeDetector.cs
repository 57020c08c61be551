using System.IO.Compression;
using System.Text;

namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Decides a file's type from its bytes alone (magic numbers and container structure); the name
/// only disambiguates types that share a container (OLE2 DOC/XLS, plain text/CSV, M4A/MP4) and
/// names the document that a ZIP too damaged to read was meant to be.
/// </summary>
public static class FileTypeDetector
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Ole2Signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly string[] AudioBrands = ["M4A ", "M4B "];
    private static readonly string[] VideoBrands = ["isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "MSNV", "f4v "];
    private static readonly string[] ThreeGpBrands = ["3gp4", "3gp5", "3gp6", "3gp7", "3ge6", "3ge7", "3gg6", "3g2a", "3g2b", "3g2c"];
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif"];
    private static readonly EvidenceKind[] Packages = [EvidenceKinds.Docx, EvidenceKinds.Xlsx, EvidenceKinds.Pptx, EvidenceKinds.Odt, EvidenceKinds.Ods];

    /// <returns>The allow-listed kind, or null when the content is not allowed.</returns>
    public static EvidenceKind? Detect(Stream file, string extension)
    {
        file.Position = 0;
        var head = new byte[64];
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var h = head.AsSpan(0, n);
        file.Position = 0;

        if (h.StartsWith("%PDF-"u8)) return EvidenceKinds.Pdf;
        if (h.StartsWith([(byte)0xFF, (byte)0xD8, (byte)0xFF])) return EvidenceKinds.Jpeg;
        if (h.StartsWith(PngSignature)) return EvidenceKinds.Png;
        if (h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8)) return EvidenceKinds.Gif;
        if (n >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8)) return EvidenceKinds.WebP;
        if (n >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual("WAVE"u8)) return EvidenceKinds.Wav;
        if (n >= 12 && h[4..8].SequenceEqual("ftyp"u8)) return DetectFromHead(h, extension);
        if (h.StartsWith("OggS"u8)) return EvidenceKinds.Ogg;
        if (h.StartsWith("ID3"u8) || IsMpegAudioFrame(h)) return EvidenceKinds.Mp3;
        if (h.StartsWith(Ole2Signature)) return extension.Equals(".xls", StringComparison.OrdinalIgnoreCase) ? EvidenceKinds.Xls : EvidenceKinds.Doc;
        if (h.StartsWith("PK\x03\x04"u8) || h.StartsWith("PK\x05\x06"u8)) return DetectZip(file, extension);
        if (IsUtf8Text(file)) return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? EvidenceKinds.Csv : EvidenceKinds.Text;
        return null;
    }

    /// <summary>
    /// The kind of a file still arriving, from its first 64 bytes (or all of a shorter file), where those decide
    /// it: files in ISO boxes (MP4, MOV, 3GP, M4A, HEIC). Null for every other file, detected whole instead.
    /// </summary>
    public static EvidenceKind? DetectFromHead(ReadOnlySpan<byte> head, string extension) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) ? DetectIsoMedia(Encoding.ASCII.GetString(head[8..12]), extension) : null;

    /// <summary>
    /// Whether a file starting with <paramref name="head"/> (its first 64 bytes, or all of a shorter
    /// file) could be video or audio: anything else is held to the documents limit while it streams in.
    /// </summary>
    public static bool MayBeMedia(ReadOnlySpan<byte> head) =>
        (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && !HeifBrands.Contains(Encoding.ASCII.GetString(head[8..12])))
        || head.StartsWith("OggS"u8) || head.StartsWith("ID3"u8) || IsMpegAudioFrame(head)
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WAVE"u8));

    private static EvidenceKind? DetectIsoMedia(string brand, string extension) =>
        HeifBrands.Contains(brand) ? EvidenceKinds.Heic
        : brand == "qt  " ? EvidenceKinds.Mov
        : ThreeGpBrands.Contains(brand) ? EvidenceKinds.ThreeGp
        : AudioBrands.Contains(brand) ? EvidenceKinds.M4a
        : VideoBrands.Contains(brand) ? extension.ToLowerInvariant() switch
        {
            ".m4a" => EvidenceKinds.M4a,
            ".mov" or ".qt" => EvidenceKinds.Mov,
            ".3gp" or ".3gpp" or ".3g2" => EvidenceKinds.ThreeGp,
            _ => EvidenceKinds.Mp4,
        }
        : null;

    /// <summary>An MPEG audio frame header: 11 sync bits, a valid version, layer, bitrate and sample rate.</summary>
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> h) =>
        h.Length >= 4 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0
        && ((h[1] >> 3) & 0x3) != 1 && ((h[1] >> 1) & 0x3) != 0
        && (h[2] >> 4) is not (0x0 or 0xF) && ((h[2] >> 2) & 0x3) != 3;

    private static EvidenceKind? DetectZip(Stream file, string extension)
    {
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var buffer = new char[100];
                var type = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).Trim();
                return type switch
                {
                    "application/vnd.oasis.opendocument.text" => EvidenceKinds.Odt,
                    "application/vnd.oasis.opendocument.spreadsheet" => EvidenceKinds.Ods,
                    _ => EvidenceKinds.Zip,
                };
            }
            if (zip.GetEntry("[Content_Types].xml") is not null)
            {
                bool Has(string prefix) => zip.Entries.Any(e => e.FullName.StartsWith(prefix, StringComparison.Ordinal));
                if (Has("word/")) return EvidenceKinds.Docx;
                if (Has("xl/")) return EvidenceKinds.Xlsx;
                if (Has("ppt/")) return EvidenceKinds.Pptx;
            }
            return EvidenceKinds.Zip;
        }
        catch (Exception ex) when (DamagedFile.Tripped(ex))
        {
            // A document cut short or garbled (its end record gone, its directory pointing nowhere) is that document,
            // damaged: its cleaner, reading it again, refuses it as such. Under any other name it is nothing allowed.
            return Packages.FirstOrDefault(kind => kind.AcceptsExtension(extension));
        }
        finally
        {
            file.Position = 0;
        }
    }

    /// <summary>The whole file decodes as strict UTF-8 (a BOM is allowed) and holds no NUL.</summary>
    private static bool IsUtf8Text(Stream file)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[bytes.Length + 1];
        try
        {
            int read;
            while ((read = file.Read(bytes)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0))
                {
                    return false;
                }
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            file.Position = 0;
        }
    }
}
