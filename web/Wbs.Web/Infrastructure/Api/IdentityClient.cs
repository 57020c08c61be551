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

    /// <summary>
    /// Staff: current password and a TOTP code of a step not used before (the sign-in's code is spent).
    /// Identity revokes every older token and answers the new session.
    /// </summary>
    public Task<ApiResult<StaffSessionIssued>> ChangeStaffPasswordAsync(string tenant, string currentPassword, string newPassword, string totp,
        string staffToken, CancellationToken cancellationToken) =>
        PostAsync<StaffSessionIssued>($"/api/{Segment(tenant)}/staff/password", new { currentPassword, newPassword, totp }, staffToken, cancellationToken);

    /// <summary>The first sign-in after enrolment: a fresh TOTP secret for the user (a new one at each call; 409 when none is due).</summary>
    public Task<ApiResult<TotpEnrolment>> StartTotpEnrolmentAsync(string tenant, string staffToken, CancellationToken cancellationToken) =>
        PostAsync<TotpEnrolment>($"/api/{Segment(tenant)}/staff/totp", new { }, staffToken, cancellationToken);

    /// <summary>A code of the fresh secret replaces the enrolment secret; Identity revokes every older token and answers the new session.</summary>
    public Task<ApiResult<StaffSessionIssued>> ConfirmTotpEnrolmentAsync(string tenant, string totp, string staffToken, CancellationToken cancellationToken) =>
        PostAsync<StaffSessionIssued>($"/api/{Segment(tenant)}/staff/totp/confirmation", new { totp }, staffToken, cancellationToken);

    /// <summary>Revokes every older token of the account and answers the new session.</summary>
    public Task<ApiResult<SessionIssued>> ChangeAccountPasswordAsync(string tenant, string currentPassword, string newPassword, string accountToken,
        CancellationToken cancellationToken) =>
        PostAsync<SessionIssued>($"/api/{Segment(tenant)}/accounts/password", new { currentPassword, newPassword }, accountToken, cancellationToken);

    /// <summary>Signs out: Identity revokes the token in every service (any kind of token).</summary>
    public Task<ApiResult<NoContent>> SignOutAsync(string tenant, string token, CancellationToken cancellationToken) =>
        SendAsync<NoContent>(new HttpRequestMessage(HttpMethod.Delete, $"/api/{Segment(tenant)}/sessions/current"), token, cancellationToken);

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

    /// <summary>A platform admin gives a new agency its first admin (enrolment shown once).</summary>
    public Task<ApiResult<StaffEnrolment>> CreateFirstAdminAsync(string tenant, string username, string platformToken,
        CancellationToken cancellationToken) =>
        PostAsync<StaffEnrolment>($"/api/platform/tenants/{Segment(tenant)}/admins", new { username }, platformToken, cancellationToken);
}
