using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wbs.CaseManagement.Model;

/// <summary>
/// The HMAC-SHA-256 chain over a tenant's audit entries, keyed by a secret outside the database: whoever
/// can write the table but lacks the key cannot recompute the chain after changing or removing a row.
/// </summary>
public sealed class AuditChain(byte[] key)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hashing a finer time would never verify.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public string ComputeHash(AuditEntry e) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(e)));

    /// <summary>The unkeyed SHA-256 of chains written before the key existed (<see cref="AuditChainUpgrade"/> re-keys them once).</summary>
    public static string ComputeLegacyHash(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Canonical(e)));

    private static byte[] Canonical(AuditEntry e) => Encoding.UTF8.GetBytes(string.Join('\n',
        e.PreviousHash,
        e.Tenant,
        e.Sequence.ToString(CultureInfo.InvariantCulture),
        e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        e.ActorId?.ToString() ?? "",
        e.Actor,
        e.Action,
        e.TrackingNumber ?? "",
        e.Detail ?? ""));

    /// <summary>Links <paramref name="entry"/> after the chain's head <paramref name="previous"/> (null: the first entry).</summary>
    public void Link(AuditEntry entry, AuditHead? previous)
    {
        entry.At = Truncate(entry.At);
        entry.Sequence = (previous?.Sequence ?? 0) + 1;
        entry.PreviousHash = previous?.Hash ?? Genesis;
        entry.Hash = ComputeHash(entry);
    }

    /// <summary>Checks entries in sequence order; returns the first entry that does not verify, or null.</summary>
    public AuditEntry? FirstBroken(IEnumerable<AuditEntry> ordered) => FirstBroken(ordered, ComputeHash);

    public static AuditEntry? FirstBroken(IEnumerable<AuditEntry> ordered, Func<AuditEntry, string> hash)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        foreach (var entry in ordered)
        {
            if (entry.Sequence != expectedSequence || entry.PreviousHash != expectedPrevious || entry.Hash != hash(entry))
            {
                return entry;
            }
            expectedPrevious = entry.Hash;
            expectedSequence++;
        }
        return null;
    }
}
