namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Temporary files for evidence in flight. Each is deleted when its stream is closed, so neither an
/// answered error nor a finished download leaves plaintext behind.
/// </summary>
public sealed class ScratchFiles
{
    public ScratchFiles(string folder)
    {
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public FileStream Create() => new(
        Path.Combine(Folder, $"{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
        bufferSize: 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
