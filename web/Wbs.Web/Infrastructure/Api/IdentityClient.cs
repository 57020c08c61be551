namespace Wbs.Web.Infrastructure.Api;

/// <summary>Identity (<c>http://identity</c>): reporter and staff sessions, accounts, staff administration.</summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger) : ServiceClient(http, logger)
{
    public Task<ApiResult<SessionResponse>> CodeSessionAsync(string tenant, string complaintCode, CancellationToken cancellationToken,
        string? proof = null) =>
        PostAsync<SessionResponse>($"/api/{Segment(tenant)}/sessions", new { complaintCode }, cancellationToken, proof: proof, anonymous: true);

    public Task<ApiResult<SessionResponse>> AccountSessionAsync(string tenant, string username, string password, CancellationToken cancellationToken,
        string? proof = null) =>
        PostAsync<SessionResponse>($"/api/{Segment(tenant)}/sessions", new { username, password }, cancellationToken, proof: proof, anonymous: true);

    public Task<ApiResult<StaffSessionResponse>> StaffSessionAsync(string tenant, string username, string password, string totp,
        CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<StaffSessionResponse>($"/api/{Segment(tenant)}/staff/sessions", new { username, password, totp }, cancellationToken,
            proof: proof, anonymous: true);

    public Task<ApiResult<AccountCreatedResponse>> CreateAccountAsync(string tenant, string username, string password, string? complaintCode,
        CancellationToken cancellationToken, string? proof = null) =>
        PostAsync<AccountCreatedResponse>($"/api/{Segment(tenant)}/accounts", new { username, password, complaintCode }, cancellationToken,
            proof: proof, anonymous: true);

    public Task<ApiResult<LinkedReportsResponse>> LinkReportAsync(string tenant, string complaintCode, CancellationToken cancellationToken) =>
        PostAsync<LinkedReportsResponse>($"/api/{Segment(tenant)}/accounts/links", new { complaintCode }, cancellationToken);

    /// <summary>
    /// Staff: current password and a TOTP code of a step not used before (the sign-in's code is spent).
    /// Identity revokes every older token and answers the new session.
    /// </summary>
    public Task<ApiResult<StaffSessionResponse>> ChangeStaffPasswordAsync(string tenant, string currentPassword, string newPassword, string totp,
        CancellationToken cancellationToken) =>
        PostAsync<StaffSessionResponse>($"/api/{Segment(tenant)}/staff/password", new { currentPassword, newPassword, totp }, cancellationToken);

    /// <summary>The first sign-in after enrolment: a fresh TOTP secret for the user (a new one at each call; 409 when none is due).</summary>
    public Task<ApiResult<TotpEnrolmentResponse>> StartTotpEnrolmentAsync(string tenant, CancellationToken cancellationToken) =>
        PostAsync<TotpEnrolmentResponse>($"/api/{Segment(tenant)}/staff/totp", new { }, cancellationToken);

    /// <summary>A code of the fresh secret replaces the enrolment secret; Identity revokes every older token and answers the new session.</summary>
    public Task<ApiResult<StaffSessionResponse>> ConfirmTotpEnrolmentAsync(string tenant, string totp, CancellationToken cancellationToken) =>
        PostAsync<StaffSessionResponse>($"/api/{Segment(tenant)}/staff/totp/confirmation", new { totp }, cancellationToken);

    /// <summary>Revokes every older token of the account and answers the new session.</summary>
    public Task<ApiResult<SessionResponse>> ChangeAccountPasswordAsync(string tenant, string currentPassword, string newPassword,
        CancellationToken cancellationToken) =>
        PostAsync<SessionResponse>($"/api/{Segment(tenant)}/accounts/password", new { currentPassword, newPassword }, cancellationToken);

    /// <summary>Signs out: Identity revokes the token in every service (any kind of token).</summary>
    public Task<ApiResult<NoContent>> SignOutAsync(string tenant, CancellationToken cancellationToken) =>
        SendAsync<NoContent>(new HttpRequestMessage(HttpMethod.Delete, $"/api/{Segment(tenant)}/sessions/current"), cancellationToken);

    /// <summary>Internal: the tenant's staff (any staff token), for choosing an assignee.</summary>
    public Task<ApiResult<List<StaffUserResponse>>> ListStaffAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<List<StaffUserResponse>>($"/internal/{Segment(tenant)}/staff", cancellationToken);

    public Task<ApiResult<List<StaffUserResponse>>> ListStaffUsersAsync(string tenant, CancellationToken cancellationToken) =>
        GetAsync<List<StaffUserResponse>>($"/api/{Segment(tenant)}/staff/users", cancellationToken);

    public Task<ApiResult<StaffEnrolmentResponse>> CreateStaffUserAsync(string tenant, string username, IReadOnlyList<string> roles,
        CancellationToken cancellationToken) =>
        PostAsync<StaffEnrolmentResponse>($"/api/{Segment(tenant)}/staff/users", new { username, roles }, cancellationToken);

    public Task<ApiResult<StaffUserResponse>> DisableStaffUserAsync(string tenant, Guid id, CancellationToken cancellationToken) =>
        PostAsync<StaffUserResponse>($"/api/{Segment(tenant)}/staff/users/{id}/disable", new { }, cancellationToken);

    /// <summary>A platform admin gives a new agency its first admin (enrolment shown once).</summary>
    public Task<ApiResult<StaffEnrolmentResponse>> CreateFirstAdminAsync(string tenant, string username, CancellationToken cancellationToken) =>
        PostAsync<StaffEnrolmentResponse>($"/api/platform/tenants/{Segment(tenant)}/admins", new { username }, cancellationToken);
}
