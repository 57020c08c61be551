namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Identity's word on which reports an account follows, read with the reporter's account token: a
/// link is listed the moment it commits in Identity, before <c>ReporterAccountLinked</c> arrives here.
/// </summary>
public interface ILinkedReports
{
    /// <summary>Tracking numbers of the reports the token's account follows.</summary>
    /// <exception cref="PeerUnavailableException">Identity did not answer.</exception>
    Task<IReadOnlyList<string>> GetLinkedAsync(string tenant, CancellationToken cancellationToken);
}
