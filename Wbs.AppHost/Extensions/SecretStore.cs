using System.Security.Cryptography;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// Secrets created on first use and kept across runs: one file per secret, mode 600, in a mode-700 folder.
/// A second run reads the same values, so it finds the same data.
/// </summary>
public sealed class SecretStore
{
    public SecretStore(string directory)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>The secret's value, created with <paramref name="create"/> if the file does not exist yet.</summary>
    public string GetOrCreate(string name, Func<string> create)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }
        var value = create();
        Write(path, value);
        return value;
    }

    /// <summary>Like <see cref="GetOrCreate"/> but returns the file's path (for <c>…File</c> settings).</summary>
    public string GetOrCreateFile(string name, Func<string> create)
    {
        GetOrCreate(name, create);
        return PathOf(name);
    }

    public static string NewPassword() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string NewSigningKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));

    public static void Write(string path, string value)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temp, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(value);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temp, path, overwrite: true);
    }
}
