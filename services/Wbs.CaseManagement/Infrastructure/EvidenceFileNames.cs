namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// The names of a report's files. EvidenceStorage alone holds them, sealed, and they never cross the broker: a
/// case or report view asks for them. While EvidenceStorage does not answer the view still opens, its files
/// named by <see cref="Unavailable"/> (their bytes could not be read then either).
/// </summary>
public static class EvidenceFileNames
{
    public const string Unavailable = "(nama berkas belum dapat ditampilkan / file name unavailable)";

    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(IEvidenceClient client, string tenant, Guid complaintId,
        IReadOnlyCollection<CaseEvidence> evidence, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetNamesAsync(tenant, complaintId, [.. evidence.Select(e => e.EvidenceId)], cancellationToken);
        }
        catch (PeerUnavailableException)
        {
            logger.LogWarning("EvidenceStorage unavailable: showing {Count} evidence files of tenant {Tenant} without names", evidence.Count, tenant);
            return new Dictionary<Guid, string>();
        }
    }

    public static string NameOf(this IReadOnlyDictionary<Guid, string> names, Guid evidenceId) => names.GetValueOrDefault(evidenceId, Unavailable);
}
