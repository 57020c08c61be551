namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>
/// CaseManagement's internal <c>GET /internal/{tenant}/complaints/{complaintId}/access</c>. The
/// caller's <c>Authorization</c> header is forwarded (<see cref="PeerCallHandler"/>), so CaseManagement
/// judges that staff member (an investigator sees only the cases assigned to them).
/// </summary>
public interface ICaseAccessClient
{
    /// <exception cref="PeerUnavailableException">CaseManagement did not give a usable answer.</exception>
    Task<CaseAccess> CheckAsync(string tenant, Guid complaintId, CancellationToken cancellationToken);
}
