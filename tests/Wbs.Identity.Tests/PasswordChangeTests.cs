using Microsoft.EntityFrameworkCore;

namespace Wbs.Identity.Tests;

public sealed class PasswordChangeTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string NewStaffPassword = "Kabut-Pagi-Di-Dieng-2026";
    private const string NewAccountPassword = "teh-poci-di-tegal-88";
    /// <summary>PostgreSQL keeps microseconds; .NET ticks are a tenth of that.</summary>
    private static readonly TimeSpan DatabasePrecision = TimeSpan.FromMicroseconds(1);
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<HttpResponseMessage> ChangeStaffAsync(string token, string currentPassword, string newPassword, string? totp) =>
        _host.PostAsync(IdentityHost.Path("staff/password"), new { currentPassword, newPassword, totp }, token);

    private Task<HttpResponseMessage> ChangeAccountAsync(string token, string currentPassword, string newPassword) =>
        _host.PostAsync(IdentityHost.Path("accounts/password"), new { currentPassword, newPassword }, token);

    private Task<HttpResponseMessage> StaffSignInAsync(StaffCredentials staff, string password) =>
        _host.PostAsync(IdentityHost.Path("staff/sessions"), new { staff.Username, password, totp = _host.CurrentTotp(staff.Secret) });

    private Task<HttpResponseMessage> AccountSignInAsync(string username, string password) =>
        _host.PostAsync(IdentityHost.Path("sessions"), new { username, password });

    private void NextTotpStep() => _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));

    [Fact]
    public async Task StaffPasswordChange_RightPasswordAndTotp_OldPasswordStopsWorkingNewWorks()
    {
        var staff = await _host.CreateStaffAsync(["verifier"]);
        var token = await _host.StaffTokenAsync(staff);
        var code = _host.CurrentTotp(staff.Secret);

        var changed = await ChangeStaffAsync(token, staff.Password, NewStaffPassword, code);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var stored = await _host.WithDbAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == staff.Id));
        Assert.NotNull(stored.PasswordChangedAt);
        Assert.Equal(_host.Clock.GetUtcNow(), stored.PasswordChangedAt.Value, DatabasePrecision);
        Assert.False(stored.MustChangePassword);
        // The TOTP code spent on the change cannot sign in afterwards.
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSignInAsync(staff, NewStaffPassword)).StatusCode);
        NextTotpStep();
        Assert.Equal(HttpStatusCode.Unauthorized, (await StaffSignInAsync(staff, staff.Password)).StatusCode);
        var signIn = await StaffSignInAsync(staff, NewStaffPassword);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.False((await signIn.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task StaffPasswordChange_WrongPasswordOrWrongOrReplayedTotp_Answers401LikeSignInAndChangesNothing()
    {
        var staff = await _host.CreateStaffAsync(["investigator"]);
        var usedCode = _host.CurrentTotp(staff.Secret);
        var token = await _host.StaffTokenAsync(staff);
        var code = _host.CurrentTotp(staff.Secret);
        var wrongCode = code == "000000" ? "111111" : "000000";
        // An unknown username: the sign-in failure body without counting toward this user's lockout.
        var failedSignIn = await _host.PostAsync(IdentityHost.Path("staff/sessions"), new { username = staff.Username + "x", password = "Bukan-Sandinya-123", totp = code });

        var wrongPassword = await ChangeStaffAsync(token, "Bukan-Sandinya-123", NewStaffPassword, code);
        var wrongTotp = await ChangeStaffAsync(token, staff.Password, NewStaffPassword, wrongCode);
        var missingTotp = await ChangeStaffAsync(token, staff.Password, NewStaffPassword, null);
        // The code of the sign-in that gave the token: still within the drift window, but its step is spent.
        var replayed = await ChangeStaffAsync(token, staff.Password, NewStaffPassword, usedCode);

        var expected = await failedSignIn.ProblemWithoutTraceAsync();
        foreach (var response in new[] { wrongPassword, wrongTotp, missingTotp, replayed })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(expected, await response.ProblemWithoutTraceAsync());
        }
        var stored = await _host.WithDbAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == staff.Id));
        Assert.Null(stored.PasswordChangedAt);
        Assert.Equal(HttpStatusCode.OK, (await StaffSignInAsync(staff, staff.Password)).StatusCode);
    }

    [Fact]
    public async Task StaffPasswordChange_RepeatedWrongCurrentPassword_ThrottlesChanges_NeverTheSignIn()
    {
        var staff = await _host.CreateStaffAsync(["supervisor"]);
        var token = await _host.StaffTokenAsync(staff);
        for (var i = 0; i < 5; i++)
        {
            var failed = await ChangeStaffAsync(token, $"Sandi-Salah-{i}-xyz", NewStaffPassword, _host.CurrentTotp(staff.Secret));
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        var throttled = await ChangeStaffAsync(token, staff.Password, NewStaffPassword, _host.CurrentTotp(staff.Secret));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        // Whoever holds the token failed the changes; signing in with the right credentials is untouched.
        NextTotpStep();
        Assert.Equal(HttpStatusCode.OK, (await StaffSignInAsync(staff, staff.Password)).StatusCode);

        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        token = await _host.StaffTokenAsync(staff);
        NextTotpStep();
        Assert.Equal(HttpStatusCode.OK,
            (await ChangeStaffAsync(token, staff.Password, NewStaffPassword, _host.CurrentTotp(staff.Secret))).StatusCode);
    }

    [Theory]
    [InlineData("password123", "umum")]
    [InlineData("Pendek-1", "10")]
    [InlineData("", "Wajib")]
    [InlineData("{current}", "berbeda")]
    [InlineData("{username}", "nama pengguna")]
    public async Task StaffPasswordChange_PolicyViolation_Answers400NamingNewPasswordAndChangesNothing(string newPassword, string reason)
    {
        var staff = await _host.CreateStaffAsync(["auditor"]);
        var token = await _host.StaffTokenAsync(staff);
        newPassword = newPassword.Replace("{current}", staff.Password).Replace("{username}", staff.Username.ToUpperInvariant());

        var response = await ChangeStaffAsync(token, staff.Password, newPassword, _host.CurrentTotp(staff.Secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains(reason, errors.GetProperty("newPassword")[0].GetString());
        var stored = await _host.WithDbAsync(db => db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == staff.Id));
        Assert.Null(stored.PasswordChangedAt);
        // Not a credential check: the TOTP step was not spent.
        Assert.Equal(HttpStatusCode.OK, (await StaffSignInAsync(staff, staff.Password)).StatusCode);
    }

    [Fact]
    public async Task EnrolledStaff_MustChangePasswordAtSignIn_UntilChanged()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var adminSignIn = await StaffSignInAsync(admin, admin.Password);
        Assert.False((await adminSignIn.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        NextTotpStep();
        var adminToken = await _host.StaffTokenAsync(admin);
        var created = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = IdentityHost.NewUsername("baru"), roles = new[] { "verifier" } }, adminToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enrolment = await created.JsonAsync();
        var enrolled = new StaffCredentials(enrolment.GetProperty("id").GetGuid(), enrolment.Str("username"), enrolment.Str("temporaryPassword"),
            Base32.Decode(enrolment.Str("totpSecret"))!, IdentityHost.Tenant);

        var first = await StaffSignInAsync(enrolled, enrolled.Password);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBody = await first.JsonAsync();
        Assert.True(firstBody.GetProperty("mustChangePassword").GetBoolean());
        NextTotpStep();
        var (token, secret) = await _host.EnrolFreshTotpAsync(firstBody.Str("accessToken"));
        var changed = await ChangeStaffAsync(token, enrolled.Password, NewStaffPassword, _host.CurrentTotp(secret));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        NextTotpStep();

        var second = await StaffSignInAsync(enrolled with { Secret = secret }, NewStaffPassword);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False((await second.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        Assert.False(await _host.WithDbAsync(db => db.StaffUsers.Where(u => u.Id == enrolled.Id).Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task AccountPasswordChange_RightCurrentPassword_OldPasswordStopsWorkingNewWorks()
    {
        var username = IdentityHost.NewUsername();
        var accountId = await _host.CreateAccountAsync(username);
        var token = await _host.AccountTokenAsync(username);

        var changed = await ChangeAccountAsync(token, "rahasia-pelapor-77", NewAccountPassword);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var changedAt = await _host.WithDbAsync(db => db.Accounts.Where(a => a.Id == accountId).Select(a => a.PasswordChangedAt).SingleAsync());
        Assert.NotNull(changedAt);
        Assert.Equal(_host.Clock.GetUtcNow(), changedAt.Value, DatabasePrecision);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountSignInAsync(username, "rahasia-pelapor-77")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountSignInAsync(username, NewAccountPassword)).StatusCode);
    }

    [Fact]
    public async Task AccountPasswordChange_WrongCurrentPassword_Answers401LikeSignInThenThrottlesChangesOnly()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var token = await _host.AccountTokenAsync(username);
        var failedSignIn = await AccountSignInAsync(username + "x", "bukan-sandinya-1");

        for (var i = 0; i < 5; i++)
        {
            var failed = await ChangeAccountAsync(token, $"salah-sandi-{i}-xyz", NewAccountPassword);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
            Assert.Equal(await failedSignIn.ProblemWithoutTraceAsync(), await failed.ProblemWithoutTraceAsync());
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await ChangeAccountAsync(token, "rahasia-pelapor-77", NewAccountPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountSignInAsync(username, "rahasia-pelapor-77")).StatusCode);
        _host.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await ChangeAccountAsync(token, "rahasia-pelapor-77", NewAccountPassword)).StatusCode);
    }

    [Fact]
    public async Task AccountPasswordChange_PolicyViolation_Answers400NamingNewPassword()
    {
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var token = await _host.AccountTokenAsync(username);

        foreach (var (newPassword, reason) in new[] { ("qwertyuiop", "umum"), ("rahasia-pelapor-77", "berbeda"), (username, "nama pengguna") })
        {
            var response = await ChangeAccountAsync(token, "rahasia-pelapor-77", newPassword);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(reason, (await response.JsonAsync()).GetProperty("errors").GetProperty("newPassword")[0].GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await AccountSignInAsync(username, "rahasia-pelapor-77")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_WrongTokenKindTenantOrNone_Refused()
    {
        var staff = await _host.CreateStaffAsync(["admin"]);
        var staffToken = await _host.StaffTokenAsync(staff);
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var accountToken = await _host.AccountTokenAsync(username);
        var report = await _host.SubmitAsync();
        var codeSession = await _host.PostAsync(IdentityHost.Path("sessions"), new { complaintCode = report.Code });
        var codeToken = (await codeSession.JsonAsync()).Str("accessToken");
        var body = new { currentPassword = "rahasia-pelapor-77", newPassword = NewAccountPassword, totp = "123456" };

        Assert.Equal(HttpStatusCode.Forbidden, (await _host.PostAsync(IdentityHost.Path("accounts/password"), body, staffToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.PostAsync(IdentityHost.Path("accounts/password"), body, codeToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.PostAsync(IdentityHost.Path("staff/password"), body, accountToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.PostAsync(IdentityHost.Path("accounts/password", IdentityHost.OtherTenant), body, accountToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(IdentityHost.Path("accounts/password"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(IdentityHost.Path("staff/password"), body)).StatusCode);
        // A valid token whose subject is not a user of this tenant fails like a wrong password.
        var stranger = _host.Tokens.Issue(IdentityHost.Tenant, "staff", Guid.NewGuid(), ["admin"]);
        var strangerAnswer = await _host.PostAsync(IdentityHost.Path("staff/password"), body, stranger);
        Assert.Equal(HttpStatusCode.Unauthorized, strangerAnswer.StatusCode);
        Assert.Equal("application/problem+json", strangerAnswer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await AccountSignInAsync(username, "rahasia-pelapor-77")).StatusCode);
    }
}
