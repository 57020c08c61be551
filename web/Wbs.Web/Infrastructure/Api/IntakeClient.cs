namespace Wbs.Web.Infrastructure.Api;

/// <summary>Intake (<c>http://intake</c>): tenant profile, report submission and the reporter's own report.</summary>
public sealed class IntakeClient(HttpClient http, ILogger<IntakeClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<TenantProfile>> GetProfileAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<TenantProfile>($"/api/{Segment(tenant)}/profile", null, cancellationToken);

    /// <param name="accountToken">An account token links the new report to that account; null submits anonymously.</param>
    public Task<ApiResult<ComplaintCreated>> SubmitAsync(string tenant, ComplaintRequest submission, string idempotencyKey,
        string? accountToken, CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<ComplaintCreated>($"/api/{Segment(tenant)}/complaints", submission, accountToken, cancellationToken, idempotencyKey, proof);

    /// <summary>Staff enter a report that came outside the web; the idempotency key makes a double click create one report.</summary>
    public Task<ApiResult<ReceivedComplaintCreated>> EnterReceivedReportAsync(string tenant, ReceivedComplaintRequest entry, string idempotencyKey,
        string staffToken, CancellationToken cancellationToken) =>
        PostAsync<ReceivedComplaintCreated>($"/api/{Segment(tenant)}/cases", entry, staffToken, cancellationToken, idempotencyKey);

    /// <summary>The reporter's identity, for the requester of an approved disclosure while it lasts; CaseManagement audits the read first.</summary>
    public Task<ApiResult<DisclosedIdentityResponse>> ReadDisclosedIdentityAsync(string tenant, string trackingNumber, string staffToken,
        CancellationToken cancellationToken) =>
        GetAsync<DisclosedIdentityResponse>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/identity", staffToken, cancellationToken);

    /// <summary>The reporter's own report as they wrote it; Intake lets only its code or its account read it.</summary>
    public Task<ApiResult<ComplaintContentResponse>> GetOwnContentAsync(string tenant, string trackingNumber, string token, CancellationToken cancellationToken) =>
        GetAsync<ComplaintContentResponse>($"/internal/{Segment(tenant)}/complaints/{Uri.EscapeDataString(trackingNumber)}", token, cancellationToken);
}
