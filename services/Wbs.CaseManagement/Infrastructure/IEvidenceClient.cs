namespace Wbs.CaseManagement.Infrastructure;

/// <summary>EvidenceStorage's internal endpoints for a report's files (the caller's token is forwarded).</summary>
public interface IEvidenceClient
{
    /// <returns>Null when attached; otherwise the evidence ids EvidenceStorage refused.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<IReadOnlyList<Guid>?> AttachAsync(string tenant, Guid complaintId, string trackingNumber, IReadOnlyList<Guid> evidenceIds,
        CancellationToken cancellationToken);

    /// <summary>The file's bytes, read with the caller's token (EvidenceStorage audits the read).</summary>
    /// <returns>The bytes, or null when the file is unknown, gone or not the caller's to read.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<byte[]?> GetContentAsync(string tenant, Guid evidenceId, CancellationToken cancellationToken);

    /// <summary>The original names of those of <paramref name="evidenceIds"/> that belong to the report (opened by EvidenceStorage).</summary>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds,
        CancellationToken cancellationToken);

    /// <summary>Copies chosen files of a report to the report a forwarding opened at another tenant (the source keeps its own).</summary>
    /// <returns>The destination's copies (id, size), or null when EvidenceStorage refused an id as not the report's.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<IReadOnlyList<ForwardedEvidence>?> CopyAsync(string tenant, Guid complaintId, IReadOnlyList<Guid> evidenceIds,
        ForwardedComplaint destination, string destinationTenant, CancellationToken cancellationToken);
}
