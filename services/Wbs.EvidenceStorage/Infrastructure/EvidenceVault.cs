using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Security;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Seals cleaned files into the blob store (fresh data key per file, chunked AES-256-GCM, key wrapped
/// by the KEK) and opens them again, verifying the recorded SHA-256 before anything is released.
/// </summary>
public sealed class EvidenceVault(EvidenceDbContext db, IBlobStore blobs, [FromKeyedServices(KeyPurposes.Evidence)] EnvelopeCipher envelope, ScratchFiles scratch,
    EvidenceNames names, TimeProvider clock, IOptions<EvidenceOptions> options)
{
    /// <exception cref="UnattachedBudgetFullException">The tenant's unattached-upload budget has no room for the file; nothing is kept.</exception>
    public async Task<EvidenceFile> StoreAsync(string tenant, string fileName, EvidenceKind kind, Stream cleaned,
        IReadOnlyList<string> metadataRemoved, CancellationToken cancellationToken)
    {
        var file = await SealAsync(Guid.CreateVersion7(clock.GetUtcNow()), tenant, fileName, kind.ContentType, metadataRemoved, cleaned, cancellationToken);
        await RecordAsync(file, cancellationToken);
        return file;
    }

    /// <summary>
    /// Stores what <paramref name="clean"/> writes, sealing it as it is written: no plaintext copy is made. The
    /// ranges the cleaner names to blank (known only at its end) are blanked in a second pass that reads the blob
    /// back and seals it again, over itself, under a new data key.
    /// </summary>
    /// <exception cref="UnattachedBudgetFullException">The tenant's unattached-upload budget has no room for the file; nothing is kept.</exception>
    public async Task<EvidenceFile> StoreAsync(string tenant, string fileName, EvidenceKind kind, Func<Stream, Task<CleanedFile>> clean,
        CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var blobKey = BlobKeyOf(tenant, id);
        var context = EvidenceFile.CipherContextOf(tenant, id);
        CleanedFile cleaned = null!;
        SealedBlob written;
        try
        {
            written = await WriteSealedAsync(blobKey, context, async (sealing, _) => cleaned = await clean(sealing), cancellationToken);
            if (cleaned.ToBlank.Count > 0)
            {
                var first = written;
                written = await WriteSealedAsync(blobKey, context, async (sealing, ct) =>
                {
                    await using var blob = await blobs.OpenReadAsync(blobKey, ct);
                    await DecryptAsync(blob, first.WrappedKey, context, new BlankingStream(sealing, cleaned.ToBlank), digest: null, ct);
                }, cancellationToken);
            }
        }
        catch
        {
            // The first pass's blob, when the second failed (a failed write itself leaves none).
            await blobs.DeleteAsync(blobKey, CancellationToken.None);
            throw;
        }
        var file = NewFile(id, tenant, fileName, kind.ContentType, cleaned.Removed, written);
        await RecordAsync(file, cancellationToken);
        return file;
    }

    /// <summary>
    /// Seals <paramref name="plain"/> into the blob store under a fresh data key, bound to the new record
    /// <paramref name="id"/> of <paramref name="tenant"/>; the record is answered, not saved (the caller saves it or
    /// deletes the blob with <see cref="DeleteBlobAsync"/>).
    /// </summary>
    public async Task<EvidenceFile> SealAsync(Guid id, string tenant, string fileName, string contentType,
        IReadOnlyList<string> metadataRemoved, Stream plain, CancellationToken cancellationToken)
    {
        plain.Position = 0;
        var written = await WriteSealedAsync(BlobKeyOf(tenant, id), EvidenceFile.CipherContextOf(tenant, id),
            (sealing, ct) => plain.CopyToAsync(sealing, ChunkedStreamCipher.DefaultChunkSize, ct), cancellationToken);
        return NewFile(id, tenant, fileName, contentType, metadataRemoved, written);
    }

    /// <summary>Records a sealed file, within its tenant's unattached-upload budget; the blob is deleted if it cannot be.</summary>
    private async Task RecordAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        try
        {
            // One tenant's uploads are admitted one at a time, so parallel uploads cannot overrun its budget together.
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"evidence-budget/" + file.Tenant}, 0))", cancellationToken);
            if ((await UnattachedUsage.OfAsync(db, file.Tenant, cancellationToken)).IsFull(options.Value, file.Size))
            {
                throw new UnattachedBudgetFullException();
            }
            db.Evidence.Add(file);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        catch
        {
            await blobs.DeleteAsync(file.BlobKey, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Writes a blob from what <paramref name="write"/> writes into the sealing stream it is given: a fresh data key,
    /// the plaintext hashed on the way (one pass).
    /// </summary>
    private async Task<SealedBlob> WriteSealedAsync(string blobKey, byte[] context, Func<Stream, CancellationToken, Task> write,
        CancellationToken cancellationToken)
    {
        var dataKey = RandomNumberGenerator.GetBytes(ChunkedStreamCipher.KeySize);
        var wrappedKey = new byte[EnvelopeCipher.HeaderSize];
        envelope.WrapKey(dataKey, wrappedKey);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        try
        {
            await blobs.WriteAsync(blobKey, async (blob, ct) =>
            {
                await using var sealing = new ChunkedStreamCipher.SealingStream(blob, dataKey, context, digest: digest);
                await write(sealing, ct);
                await sealing.CompleteAsync(ct);
                size = sealing.Length;
            }, cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
        return new SealedBlob(blobKey, wrappedKey, size, Convert.ToHexStringLower(digest.GetHashAndReset()));
    }

    private EvidenceFile NewFile(Guid id, string tenant, string fileName, string contentType, IReadOnlyList<string> metadataRemoved, SealedBlob blob) => new()
    {
        Id = id,
        Tenant = tenant,
        SealedFileName = names.Seal(fileName, tenant, id),
        ContentType = contentType,
        Size = blob.Size,
        Sha256 = blob.Sha256,
        MetadataRemoved = [.. metadataRemoved],
        BlobKey = blob.Key,
        WrappedKey = blob.WrappedKey,
        CreatedAt = clock.GetUtcNow(),
    };

    private static string BlobKeyOf(string tenant, Guid id) => $"{tenant}/{id:N}";

    private sealed record SealedBlob(string Key, byte[] WrappedKey, long Size, string Sha256);

    public Task DeleteBlobAsync(EvidenceFile file) => blobs.DeleteAsync(file.BlobKey, CancellationToken.None);

    /// <summary>Decrypts into a scratch file (deleted when the returned stream closes) and verifies it.</summary>
    /// <exception cref="EvidenceIntegrityException">The blob is missing, altered or does not match its hash.</exception>
    public async Task<Stream> OpenVerifiedAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        var plain = scratch.Create();
        try
        {
            using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var blob = await blobs.OpenReadAsync(file.BlobKey, cancellationToken))
            {
                await DecryptAsync(blob, file.WrappedKey, file.CipherContext(), plain, digest, cancellationToken);
            }
            var sha256 = Convert.ToHexStringLower(digest.GetHashAndReset());
            if (plain.Length != file.Size || !CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(sha256), System.Text.Encoding.ASCII.GetBytes(file.Sha256)))
            {
                throw new EvidenceIntegrityException("The decrypted file does not match its recorded SHA-256.");
            }
            plain.Position = 0;
            return plain;
        }
        catch (Exception ex) when (ex is CryptographicException or BlobNotFoundException)
        {
            await plain.DisposeAsync();
            throw new EvidenceIntegrityException("The stored blob is missing or does not authenticate.", ex);
        }
        catch
        {
            await plain.DisposeAsync();
            throw;
        }
    }

    private async Task DecryptAsync(Stream blob, byte[] wrappedKey, byte[] context, Stream plain, IncrementalHash? digest,
        CancellationToken cancellationToken)
    {
        var dataKey = new byte[ChunkedStreamCipher.KeySize];
        try
        {
            envelope.UnwrapKey(wrappedKey, dataKey);
            await ChunkedStreamCipher.DecryptAsync(blob, plain, dataKey, context, cancellationToken, digest);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
