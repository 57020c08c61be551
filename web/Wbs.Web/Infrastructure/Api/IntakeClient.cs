namespace Wbs.Web.Infrastructure.Api;

/// <summary>Intake (<c>http://intake</c>): tenant profile, report submission and the reporter's own report.</summary>
public sealed class IntakeClient(HttpClient http, ILogger<IntakeClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<TenantProfile>> GetProfileAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<TenantProfile>($"/api/{Segment(tenant)}/profile", cancellationToken, anonymous: true);

    /// <summary>Sent with the caller's session: an account session links the new report to that account; none submits anonymously.</summary>
    public Task<ApiResult<ComplaintCreated>> SubmitAsync(string tenant, ComplaintRequest submission, string idempotencyKey,
        CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<ComplaintCreated>($"/api/{Segment(tenant)}/complaints", submission, cancellationToken, idempotencyKey, proof);

    /// <summary>Staff enter a report that came outside the web; the idempotency key makes a double click create one report.</summary>
    public Task<ApiResult<ReceivedComplaintCreated>> EnterReceivedReportAsync(string tenant, ReceivedComplaintRequest entry, string idempotencyKey,
        CancellationToken cancellationToken) =>
        PostAsync<ReceivedComplaintCreated>($"/api/{Segment(tenant)}/cases", entry, cancellationToken, idempotencyKey);

    /// <summary>The reporter's identity, for the requester of an approved disclosure while it lasts; CaseManagement audits the read first.</summary>
    public Task<ApiResult<DisclosedIdentityResponse>> ReadDisclosedIdentityAsync(string tenant, string trackingNumber,
        CancellationToken cancellationToken) =>
        GetAsync<DisclosedIdentityResponse>($"/api/{Segment(tenant)}/cases/{Segment(trackingNumber)}/identity", cancellationToken);

    /// <summary>The reporter's own report as they wrote it; Intake lets only its code or its account read it.</summary>
    public Task<ApiResult<ComplaintContentResponse>> GetOwnContentAsync(string tenant, string trackingNumber, CancellationToken cancellationToken) =>
        GetAsync<ComplaintContentResponse>($"/internal/{Segment(tenant)}/complaints/{Uri.EscapeDataString(trackingNumber)}", cancellationToken);
}
