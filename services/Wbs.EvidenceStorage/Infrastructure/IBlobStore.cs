namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>Where encrypted evidence blobs live: local disk for one machine, S3-compatible storage beyond.</summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores under <paramref name="key"/> what <paramref name="write"/> writes to the stream it is given; if
    /// <paramref name="write"/> throws, nothing is stored.
    /// </summary>
    Task WriteAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken);

    /// <exception cref="BlobNotFoundException">Nothing is stored under the key.</exception>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the blob; deleting a missing blob is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
