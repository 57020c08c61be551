using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Wbs.Platform.Tests;

/// <summary>
/// Verifies a forwarding package the way a recipient would, from its documented format only:
/// the manifest's ES256 signature under the published key, then every file against the manifest.
/// </summary>
public static class ForwardingPackage
{
    public static Dictionary<string, byte[]> Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var copy = new MemoryStream();
            s.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public static byte[] Write(Dictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                using var s = archive.CreateEntry(path).Open();
                s.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <returns>Null when the package verifies; otherwise why not.</returns>
    public static string? Verify(byte[] zip, string publicKeyPem)
    {
        var files = Read(zip);
        if (!files.TryGetValue("manifest.json", out var manifest) || !files.TryGetValue("manifest.sig", out var sig))
        {
            return "manifest or signature missing";
        }
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        if (!key.VerifyData(manifest, Convert.FromBase64String(Encoding.ASCII.GetString(sig)), HashAlgorithmName.SHA256))
        {
            return "signature does not verify";
        }
        var listed = JsonDocument.Parse(manifest).RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!);
        foreach (var (path, content) in files.Where(f => f.Key is not ("manifest.json" or "manifest.sig")))
        {
            if (!listed.TryGetValue(path, out var hash))
            {
                return $"{path} is not in the manifest";
            }
            if (Convert.ToHexStringLower(SHA256.HashData(content)) != hash)
            {
                return $"{path} does not match its hash";
            }
        }
        return listed.Keys.FirstOrDefault(p => !files.ContainsKey(p)) is { } absent ? $"{absent} is missing" : null;
    }
}
