namespace Wbs.Web.Infrastructure.Api;

/// <summary>Intake (<c>http://intake</c>): tenant profile and report submission.</summary>
public sealed class IntakeClient(HttpClient http, ILogger<IntakeClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<TenantProfile>> GetProfileAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<TenantProfile>($"/api/{Segment(tenant)}/profile", null, cancellationToken);

    /// <param name="accountToken">An account token links the new report to that account; null submits anonymously.</param>
    public Task<ApiResult<ComplaintCreated>> SubmitAsync(string tenant, ComplaintSubmission submission, string idempotencyKey,
        string? accountToken, CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<ComplaintCreated>($"/api/{Segment(tenant)}/complaints", submission, accountToken, cancellationToken, idempotencyKey, proof);

    /// <summary>Staff enter a report that came outside the web; the idempotency key makes a double click create one report.</summary>
    public Task<ApiResult<ReceivedReportCreated>> EnterReceivedReportAsync(string tenant, ReceivedReportEntry entry, string idempotencyKey,
        string staffToken, CancellationToken cancellationToken) =>
        PostAsync<ReceivedReportCreated>($"/api/{Segment(tenant)}/cases", entry, staffToken, cancellationToken, idempotencyKey);
}
