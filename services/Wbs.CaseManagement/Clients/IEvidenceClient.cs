namespace Wbs.CaseManagement.Clients;

/// <summary>EvidenceStorage's internal attach endpoint (the caller's token is forwarded).</summary>
public interface IEvidenceClient
{
    /// <returns>Null when attached; otherwise the evidence ids EvidenceStorage refused.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<IReadOnlyList<Guid>?> AttachAsync(string tenant, Guid complaintId, string trackingNumber, IReadOnlyList<Guid> evidenceIds,
        string? authorization, CancellationToken cancellationToken);

    /// <summary>The file's bytes, read with the caller's token (EvidenceStorage audits the read).</summary>
    /// <returns>The bytes, or null when the file is unknown, gone or not the caller's to read.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<byte[]?> GetContentAsync(string tenant, Guid evidenceId, string? authorization, CancellationToken cancellationToken);
}
