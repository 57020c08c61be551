namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Intake's internal endpoints. Every call forwards the caller's <c>Authorization</c> header, so
/// Intake applies its own rules to what the caller may read.
/// </summary>
public interface IComplaintContentClient
{
    /// <returns>Titles by tracking number; numbers the caller may not see are absent.</returns>
    /// <exception cref="PeerUnavailableException">Intake did not answer.</exception>
    Task<IReadOnlyDictionary<string, string>> GetTitlesAsync(string tenant, IReadOnlyCollection<string> trackingNumbers,
        CancellationToken cancellationToken);

    /// <returns>The content, or null when Intake answers 404 (unknown or not the caller's).</returns>
    /// <exception cref="PeerUnavailableException">Intake did not answer.</exception>
    Task<ComplaintContentResponse?> GetComplaintAsync(string tenant, string trackingNumber, CancellationToken cancellationToken);

    /// <returns>
    /// The titles that contain <paramref name="query"/> with their response due dates, by tracking number; reports the
    /// caller may not see are absent.
    /// </returns>
    /// <exception cref="PeerUnavailableException">Intake did not answer.</exception>
    Task<IReadOnlyDictionary<string, TitleMatch>> SearchAsync(string tenant, string query, CancellationToken cancellationToken);

    /// <summary>Opens the shared report at <paramref name="destinationTenant"/> under the same code (idempotent on <paramref name="forwardingId"/>).</summary>
    /// <returns>The new report, or null when Intake does not know the source report.</returns>
    /// <exception cref="PeerUnavailableException">Intake did not answer.</exception>
    Task<ForwardedComplaint?> ForwardAsync(string tenant, string trackingNumber, Guid forwardingId, string destinationTenant,
        SharedReport content, CancellationToken cancellationToken);
}
