namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// Where a purpose's key ring comes from: a fixed value, or a file that is read again when it changes,
/// so a key added by <c>./wbs keys rotate</c> is used without a restart.
/// </summary>
public sealed class KeyRingSource
{
    private readonly string? _file;
    private readonly Lock _gate = new();
    private KeyRing _ring;
    private (DateTime Written, long Length) _version;

    private KeyRingSource(KeyRing ring, string? file, (DateTime, long) version)
    {
        _ring = ring;
        _file = file;
        _version = version;
    }

    public static KeyRingSource Fixed(KeyRing ring) => new(ring, null, default);

    public static KeyRingSource FromFile(string file)
    {
        var version = VersionOf(file);
        return new(KeyRing.Parse(File.ReadAllText(file)), file, version);
    }

    /// <summary>The ring as it is now (the file is read again only when its time or length changed).</summary>
    public KeyRing Ring
    {
        get
        {
            if (_file is null || VersionOf(_file) == _version)
            {
                return _ring;
            }
            lock (_gate)
            {
                var version = VersionOf(_file);
                if (version != _version)
                {
                    _ring = KeyRing.Parse(File.ReadAllText(_file));
                    _version = version;
                }
                return _ring;
            }
        }
    }

    private static (DateTime, long) VersionOf(string file)
    {
        var info = new FileInfo(file);
        return (info.LastWriteTimeUtc, info.Length);
    }
}
