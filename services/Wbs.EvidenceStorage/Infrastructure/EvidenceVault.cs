using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Wbs.ServiceDefaults.Security;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// Seals cleaned files into the blob store (fresh data key per file, chunked AES-256-GCM, key wrapped
/// by the KEK) and opens them again, verifying the recorded SHA-256 before anything is released.
/// </summary>
public sealed class EvidenceVault(EvidenceDbContext db, IBlobStore blobs, [FromKeyedServices(KeyPurposes.Evidence)] EnvelopeCipher envelope, ScratchFiles scratch, TimeProvider clock,
    IOptions<EvidenceOptions> options)
{
    /// <exception cref="UnattachedBudgetFullException">The tenant's unattached-upload budget has no room for the file; nothing is kept.</exception>
    public async Task<EvidenceFile> StoreAsync(string tenant, string fileName, EvidenceKind kind, Stream cleaned,
        IReadOnlyList<string> metadataRemoved, CancellationToken cancellationToken)
    {
        var file = await SealAsync(Guid.CreateVersion7(clock.GetUtcNow()), tenant, fileName, kind.ContentType, metadataRemoved, cleaned, cancellationToken);
        try
        {
            // One tenant's uploads are admitted one at a time, so parallel uploads cannot overrun its budget together.
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"evidence-budget/" + tenant}, 0))", cancellationToken);
            if ((await UnattachedUsage.OfAsync(db, tenant, cancellationToken)).IsFull(options.Value, file.Size))
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
        var dataKey = RandomNumberGenerator.GetBytes(ChunkedStreamCipher.KeySize);
        var wrappedKey = new byte[EnvelopeCipher.HeaderSize];
        envelope.WrapKey(dataKey, wrappedKey);
        var blobKey = $"{tenant}/{id:N}";
        // One pass: the plaintext is hashed while it is encrypted straight into the blob store.
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            plain.Position = 0;
            await blobs.WriteAsync(blobKey, (blob, ct) =>
                ChunkedStreamCipher.EncryptAsync(plain, blob, dataKey, EvidenceFile.CipherContextOf(tenant, id), ct, digest: digest), cancellationToken);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
        return new EvidenceFile
        {
            Id = id,
            Tenant = tenant,
            FileName = fileName,
            ContentType = contentType,
            Size = plain.Length,
            Sha256 = Convert.ToHexStringLower(digest.GetHashAndReset()),
            MetadataRemoved = [.. metadataRemoved],
            BlobKey = blobKey,
            WrappedKey = wrappedKey,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    public Task DeleteBlobAsync(EvidenceFile file) => blobs.DeleteAsync(file.BlobKey, CancellationToken.None);

    /// <summary>Decrypts into a scratch file (deleted when the returned stream closes) and verifies it.</summary>
    /// <exception cref="EvidenceIntegrityException">The blob is missing, altered or does not match its hash.</exception>
    public async Task<Stream> OpenVerifiedAsync(EvidenceFile file, CancellationToken cancellationToken)
    {
        var dataKey = new byte[ChunkedStreamCipher.KeySize];
        var plain = scratch.Create();
        try
        {
            envelope.UnwrapKey(file.WrappedKey, dataKey);
            using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var blob = await blobs.OpenReadAsync(file.BlobKey, cancellationToken))
            {
                await ChunkedStreamCipher.DecryptAsync(blob, plain, dataKey, file.CipherContext(), cancellationToken, digest);
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
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }
}
