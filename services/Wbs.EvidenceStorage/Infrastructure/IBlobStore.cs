namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>Where encrypted evidence blobs live: local disk for one machine, S3-compatible storage beyond.</summary>
public interface IBlobStore
{
    /// <summary>Stores the whole of <paramref name="content"/> (seekable, at position 0) under <paramref name="key"/>.</summary>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <exception cref="BlobNotFoundException">Nothing is stored under the key.</exception>
    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the blob; deleting a missing blob is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
