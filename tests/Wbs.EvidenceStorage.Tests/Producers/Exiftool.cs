using System.Text.Json;

namespace Wbs.EvidenceStorage.Tests.Producers;

/// <summary>The independent reader: what exiftool (<c>-j -G -a</c>) finds in a file, as tag → value.</summary>
public static class Exiftool
{
    /// <summary>Tags that say nothing about who made the file, only about the reading itself.</summary>
    private static readonly string[] Ignored = ["SourceFile", "ExifTool:", "File:FileName", "File:Directory", "File:FileModifyDate",
        "File:FileAccessDate", "File:FileInodeChangeDate", "File:FilePermissions"];

    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(byte[] content, string extension, string folder)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(path, content);
        try
        {
            var json = await Tool.RunOkAsync("exiftool", folder, "-j", "-G", "-a", "-u", path);
            if (json.Contains("Install Archive::Zip", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    "exiftool cannot read Office/OpenDocument properties without Archive::Zip; install it: apt-get install -y --no-install-recommends libarchive-zip-perl");
            }
            using var document = JsonDocument.Parse(json);
            return document.RootElement[0].EnumerateObject()
                .Where(p => !Ignored.Any(i => p.Name.StartsWith(i, StringComparison.Ordinal)))
                .ToDictionary(p => p.Name, p => p.Value.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Tags that identify: the marker in any value, or any GPS tag.</summary>
    public static IReadOnlyList<string> Identifying(IReadOnlyDictionary<string, string> tags, string marker) =>
        [.. tags.Where(t => t.Value.Contains(marker, StringComparison.OrdinalIgnoreCase) || t.Key.Contains("GPS", StringComparison.OrdinalIgnoreCase))
            .Select(t => $"{t.Key}={t.Value}")];
}
