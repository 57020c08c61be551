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
}
