namespace Wbs.EvidenceStorage.Model;

/// <summary>One stored evidence file: its metadata and the wrapped data key of its encrypted blob.</summary>
public sealed class EvidenceFile
{
    public Guid Id { get; init; }
    public required string Tenant { get; init; }
    /// <summary>The original file name, sealed (<see cref="Infrastructure.EvidenceNames"/>); never stored in the clear.</summary>
    public byte[]? SealedFileName { get; set; }
    /// <summary>A name stored in the clear before names were sealed, until <see cref="Services.FileNameSealing"/> seals it.</summary>
    public string? PlainFileName { get; set; }
    public required string ContentType { get; init; }
    /// <summary>Size of the cleaned file in bytes.</summary>
    public long Size { get; init; }
    /// <summary>Lower-case hex SHA-256 of the cleaned file, checked on every read.</summary>
    public required string Sha256 { get; init; }
    public string[] MetadataRemoved { get; init; } = [];
    public required string BlobKey { get; init; }
    /// <summary>The per-file data key, wrapped by the key-encryption key (EnvelopeCipher header).</summary>
    public required byte[] WrappedKey { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? ComplaintId { get; private set; }
    public string? TrackingNumber { get; private set; }
    public DateTimeOffset? AttachedAt { get; private set; }
    /// <summary>The accepted report that named this upload, before the upload is attached to it.</summary>
    public Guid? ReservedFor { get; private set; }
    public DateTimeOffset? ReservedAt { get; private set; }

    /// <summary>Free (not reserved for another report), or already part of this very complaint (a repeated attach is harmless).</summary>
    public bool CanAttachTo(Guid complaintId) =>
        ComplaintId == complaintId || (ComplaintId is null && (ReservedFor is null || ReservedFor == complaintId));

    /// <summary>Holds the upload for a report that named it: no other report may take it, and it does not expire.</summary>
    /// <returns>False when it is attached to, or reserved for, another report.</returns>
    public bool ReserveFor(Guid complaintId, DateTimeOffset now)
    {
        if (!CanAttachTo(complaintId))
        {
            return false;
        }
        if (ComplaintId is null && ReservedFor is null)
        {
            ReservedFor = complaintId;
            ReservedAt = now;
        }
        return true;
    }

    /// <summary>Gives a reservation back (the report it was made for was not created after all).</summary>
    public void Release(Guid complaintId)
    {
        if (ComplaintId is null && ReservedFor == complaintId)
        {
            ReservedFor = null;
            ReservedAt = null;
        }
    }

    /// <returns>True when this call attached it; false when it already belonged to the complaint.</returns>
    public bool AttachTo(Guid complaintId, string trackingNumber, DateTimeOffset now)
    {
        if (!CanAttachTo(complaintId))
        {
            throw new InvalidOperationException("Evidence already belongs to another complaint.");
        }
        if (ComplaintId is not null)
        {
            return false;
        }
        ComplaintId = complaintId;
        TrackingNumber = trackingNumber;
        AttachedAt = now;
        return true;
    }

    /// <summary>Binds the ciphertext to this record: a blob copied onto another record does not open.</summary>
    public byte[] CipherContext() => CipherContextOf(Tenant, Id);

    public static byte[] CipherContextOf(string tenant, Guid id) => System.Text.Encoding.UTF8.GetBytes($"wbs-evidence/{tenant}/{id:N}");
}
