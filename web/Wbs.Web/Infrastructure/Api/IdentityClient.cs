namespace Wbs.Web.Infrastructure.Api;

/// <summary>Identity (<c>http://identity</c>): reporter and staff sessions, accounts, staff administration.</summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<SessionIssued>> CodeSessionAsync(string tenant, string complaintCode, CancellationToken cancellationToken,
        string? proof = null) =>
        PostAsync<SessionIssued>($"/api/{Segment(tenant)}/sessions", new { complaintCode }, null, cancellationToken, proof: proof);

    public Task<ApiResult<SessionIssued>> AccountSessionAsync(string tenant, string username, string password, CancellationToken cancellationToken,
        string? proof = null) =>
        PostAsync<SessionIssued>($"/api/{Segment(tenant)}/sessions", new { username, password }, null, cancellationToken, proof: proof);

    public Task<ApiResult<StaffSessionIssued>> StaffSessionAsync(string tenant, string username, string password, string totp,
        CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<StaffSessionIssued>($"/api/{Segment(tenant)}/staff/sessions", new { username, password, totp }, null, cancellationToken, proof: proof);

    public Task<ApiResult<AccountCreated>> CreateAccountAsync(string tenant, string username, string password, string? complaintCode,
        CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<AccountCreated>($"/api/{Segment(tenant)}/accounts", new { username, password, complaintCode }, null, cancellationToken, proof: proof);

    public Task<ApiResult<LinkedReportsAnswer>> LinkReportAsync(string tenant, string complaintCode, string accountToken, CancellationToken cancellationToken) =>
        PostAsync<LinkedReportsAnswer>($"/api/{Segment(tenant)}/accounts/links", new { complaintCode }, accountToken, cancellationToken);

    /// <summary>Staff: current password and a TOTP code of a step not used before (the sign-in's code is spent).</summary>
    public Task<ApiResult<NoContent>> ChangeStaffPasswordAsync(string tenant, string currentPassword, string newPassword, string totp,
        string staffToken, CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/staff/password", new { currentPassword, newPassword, totp }, staffToken, cancellationToken);

    public Task<ApiResult<NoContent>> ChangeAccountPasswordAsync(string tenant, string currentPassword, string newPassword, string accountToken,
        CancellationToken cancellationToken) =>
        PostAsync<NoContent>($"/api/{Segment(tenant)}/accounts/password", new { currentPassword, newPassword }, accountToken, cancellationToken);

    /// <summary>Internal: the tenant's staff (any staff token), for choosing an assignee.</summary>
    public Task<ApiResult<List<StaffUser>>> ListStaffAsync(string tenant, string staffToken, CancellationToken cancellationToken) =>
        GetAsync<List<StaffUser>>($"/internal/{Segment(tenant)}/staff", staffToken, cancellationToken);

    public Task<ApiResult<List<StaffUser>>> ListStaffUsersAsync(string tenant, string adminToken, CancellationToken cancellationToken) =>
        GetAsync<List<StaffUser>>($"/api/{Segment(tenant)}/staff/users", adminToken, cancellationToken);

    public Task<ApiResult<StaffEnrolment>> CreateStaffUserAsync(string tenant, string username, IReadOnlyList<string> roles, string adminToken,
        CancellationToken cancellationToken) =>
        PostAsync<StaffEnrolment>($"/api/{Segment(tenant)}/staff/users", new { username, roles }, adminToken, cancellationToken);

    public Task<ApiResult<StaffUser>> DisableStaffUserAsync(string tenant, Guid id, string adminToken, CancellationToken cancellationToken) =>
        PostAsync<StaffUser>($"/api/{Segment(tenant)}/staff/users/{id}/disable", new { }, adminToken, cancellationToken);
}
