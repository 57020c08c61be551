namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Blobs as files under one folder, of one service instance. Writes go to a temporary name first and are renamed
/// into place, so a reader never sees half a blob.
/// </summary>
public sealed class LocalBlobStore : IBlobStore
{
    private const string PartialSuffix = ".partial";

    public LocalBlobStore(string root)
    {
        Root = Path.GetFullPath(root);
        // Half-written blobs of an instance killed mid-upload: sealed under a key that died with it, of no use now.
        if (Directory.Exists(Root))
        {
            foreach (var partial in Directory.EnumerateFiles(Root, "*" + PartialSuffix, SearchOption.AllDirectories))
            {
                File.Delete(partial);
            }
        }
    }

    public string Root { get; }

    public async Task WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}{PartialSuffix}";
        try
        {
            // Unbuffered: the cipher writes whole 64 KiB chunks. Shared for reading: the name is unique and the bytes
            // sealed, and FileShare.None would only add an flock that keeps checks of what is on disk from reading it.
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 0, FileOptions.Asynchronous))
            {
                await write(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BlobNotFoundException(key);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("Blob key escapes the storage folder.", nameof(key));
        }
        return path;
    }
}
