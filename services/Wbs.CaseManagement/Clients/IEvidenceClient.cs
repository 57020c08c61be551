namespace Wbs.CaseManagement.Clients;

/// <summary>EvidenceStorage's internal attach endpoint (the caller's token is forwarded).</summary>
public interface IEvidenceClient
{
    /// <returns>Null when attached; otherwise the evidence ids EvidenceStorage refused.</returns>
    /// <exception cref="PeerUnavailableException">EvidenceStorage did not answer.</exception>
    Task<IReadOnlyList<Guid>?> AttachAsync(string tenant, Guid complaintId, string trackingNumber, IReadOnlyList<Guid> evidenceIds,
        string? authorization, CancellationToken cancellationToken);
}
