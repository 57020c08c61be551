using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wbs.CaseManagement.Model;

/// <summary>The SHA-256 chain over a tenant's audit entries.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds; hashing a finer time would never verify.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\n',
            e.PreviousHash,
            e.Tenant,
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.ActorId?.ToString() ?? "",
            e.Actor,
            e.Action,
            e.TrackingNumber ?? "",
            e.Detail ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Links <paramref name="entry"/> after <paramref name="previous"/> (null: the first entry).</summary>
    public static void Link(AuditEntry entry, AuditEntry? previous)
    {
        entry.At = Truncate(entry.At);
        entry.Sequence = (previous?.Sequence ?? 0) + 1;
        entry.PreviousHash = previous?.Hash ?? Genesis;
        entry.Hash = ComputeHash(entry);
    }

    /// <summary>Checks entries in sequence order; returns the first entry that does not verify, or null.</summary>
    public static AuditEntry? FirstBroken(IEnumerable<AuditEntry> ordered)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        foreach (var entry in ordered)
        {
            if (entry.Sequence != expectedSequence || entry.PreviousHash != expectedPrevious || entry.Hash != ComputeHash(entry))
            {
                return entry;
            }
            expectedPrevious = entry.Hash;
            expectedSequence++;
        }
        return null;
    }
}
