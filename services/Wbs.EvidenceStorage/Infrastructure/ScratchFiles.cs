namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Temporary files for evidence in flight (uploads, cleaned copies, decrypted downloads). Nothing
/// readable ever reaches the disk: each file is sealed with its own in-memory key
/// (<see cref="SealedScratchStream"/>), lives in a folder only this service's user can open, and is
/// unlinked the moment it is opened, so not even its name outlives the process.
/// </summary>
public sealed class ScratchFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public ScratchFiles(string folder)
    {
        Folder = Path.GetFullPath(folder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
            return;
        }
        Directory.CreateDirectory(Folder, OwnerOnly);
        File.SetUnixFileMode(Folder, OwnerOnly);
        // Left by a crashed earlier instance: unreadable (its key is gone), but no longer of use.
        foreach (var stale in Directory.EnumerateFiles(Folder, "*.tmp"))
        {
            File.Delete(stale);
        }
    }

    public string Folder { get; }

    /// <summary>An empty scratch file, buffered so byte-wise parsers stay cheap; deleted when disposed.</summary>
    public Stream Create()
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.tmp");
        // Not exclusive: .NET would take an flock that only stops this process's own checks (through
        // /proc/self/fd) from reading the sealed bytes; once unlinked, nobody else can open the file by name.
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite,
            OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
        if (!OperatingSystem.IsWindows())
        {
            // The folder is already 0700; the file follows suit and loses its name at once.
            File.SetUnixFileMode(handle, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(path);
        }
        return new BufferedStream(new SealedScratchStream(handle), 64 * 1024);
    }
}
