using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Wbs.Identity.Tests;

public sealed class StaffTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<HttpResponseMessage> SignInAsync(StaffCredentials staff, string? totp, string? password = null) =>
        _host.PostAsync(IdentityHost.Path("staff/sessions", staff.Tenant), new { staff.Username, password = password ?? staff.Password, totp });

    [Fact]
    public async Task StaffSession_RightPasswordAndTotp_GivesStaffTokenWithRoles()
    {
        var staff = await _host.CreateStaffAsync(["supervisor", "verifier"]);

        var response = await SignInAsync(staff, _host.CurrentTotp(staff.Secret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("Bearer", body.Str("tokenType"));
        Assert.Equal(900, body.GetProperty("expiresIn").GetInt32());
        Assert.Equal(["supervisor", "verifier"], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var jwt = new JsonWebToken(body.Str("accessToken"));
        Assert.Equal("staff", jwt.GetClaim("kind").Value);
        Assert.Equal(staff.Username, jwt.GetClaim("name").Value);
        Assert.Equal(staff.Id.ToString(), jwt.Subject);
        Assert.Equal(["supervisor", "verifier"], jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value));
    }

    [Fact]
    public async Task StaffSession_MissingWrongOrReplayedTotp_Answers401()
    {
        var staff = await _host.CreateStaffAsync(["investigator"]);
        var code = _host.CurrentTotp(staff.Secret);
        var wrong = code == "000000" ? "111111" : "000000";

        var missing = await SignInAsync(staff, null);
        var wrongCode = await SignInAsync(staff, wrong);
        var wrongPassword = await SignInAsync(staff, code, "Sandi-Yang-Salah-1");
        var first = await SignInAsync(staff, code);
        var replayed = await SignInAsync(staff, code);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        var expected = await missing.ProblemWithoutTraceAsync();
        Assert.Equal(expected, await wrongCode.ProblemWithoutTraceAsync());
        Assert.Equal(expected, await replayed.ProblemWithoutTraceAsync());

        // An older step than the one used is refused too; the next step works.
        var previous = Totp.Compute(staff.Secret, Totp.StepAt(_host.Clock.GetUtcNow()) - 1);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(staff, previous)).StatusCode);
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(staff, _host.CurrentTotp(staff.Secret))).StatusCode);
    }

    [Fact]
    public async Task StaffSession_OtherTenant_Answers401()
    {
        var staff = await _host.CreateStaffAsync(["admin"]);

        var response = await _host.PostAsync(IdentityHost.Path("staff/sessions", IdentityHost.OtherTenant),
            new { staff.Username, staff.Password, totp = _host.CurrentTotp(staff.Secret) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_CreatesStaffUser_WhoEnrolsAndSignsIn()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var token = await _host.StaffTokenAsync(admin);

        var created = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "Verifikator.Satu", roles = new[] { "verifier" } }, token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enrolment = await created.JsonAsync();
        Assert.Equal("verifikator.satu", enrolment.Str("username"));
        var secret = Base32.Decode(enrolment.Str("totpSecret"))!;
        Assert.StartsWith("otpauth://totp/", enrolment.Str("otpauthUri"));
        Assert.Contains($"secret={enrolment.Str("totpSecret")}", enrolment.Str("otpauthUri"));
        var png = Convert.FromBase64String(enrolment.Str("qrCodePng"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        var stored = await _host.WithDbAsync(db => db.StaffUsers.SingleAsync(u => u.Username == "verifikator.satu"));
        Assert.DoesNotContain(enrolment.Str("temporaryPassword"), stored.PasswordHash);
        Assert.False(stored.SealedTotpSecret.AsSpan().IndexOf(secret) >= 0, "TOTP secret stored in plaintext");

        var signIn = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "verifikator.satu", password = enrolment.Str("temporaryPassword"), totp = _host.CurrentTotp(secret) });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(["verifier"], (await signIn.JsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var duplicate = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "verifikator.satu", roles = new[] { "auditor" } }, token);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var badRole = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "orang.baru", roles = new[] { "raja" } }, token);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);

        // Custodians decide identity disclosures; the role is issued like any other.
        var custodian = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "kustodian.satu", roles = new[] { "custodian" } }, token);
        Assert.Equal(HttpStatusCode.Created, custodian.StatusCode);
        Assert.Equal(["custodian"], (await custodian.JsonAsync()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Admin_ListsAndDisablesStaff_DisabledCannotSignIn()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var investigator = await _host.CreateStaffAsync(["investigator"]);
        var token = await _host.StaffTokenAsync(admin);

        var list = await _host.GetAsync(IdentityHost.Path("staff/users"), token);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var users = (await list.JsonAsync()).EnumerateArray().ToList();
        Assert.Contains(users, u => u.Str("username") == investigator.Username && !u.GetProperty("disabled").GetBoolean());

        var disabled = await _host.PostAsync(IdentityHost.Path($"staff/users/{investigator.Id}/disable"), new { }, token);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.JsonAsync()).GetProperty("disabled").GetBoolean());

        var signIn = await SignInAsync(investigator, _host.CurrentTotp(investigator.Secret));
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);

        var self = await _host.PostAsync(IdentityHost.Path($"staff/users/{admin.Id}/disable"), new { }, token);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        var unknown = await _host.PostAsync(IdentityHost.Path($"staff/users/{Guid.NewGuid()}/disable"), new { }, token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task StaffAdministration_NonAdminOrReporter_Forbidden()
    {
        var verifier = await _host.CreateStaffAsync(["verifier", "supervisor"]);
        var token = await _host.StaffTokenAsync(verifier);
        var username = IdentityHost.NewUsername();
        await _host.CreateAccountAsync(username);
        var reporter = await _host.AccountTokenAsync(username);

        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync(IdentityHost.Path("staff/users"), token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "baru.sekali", roles = new[] { "admin" } }, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync(IdentityHost.Path("staff/users"), reporter)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.GetAsync(IdentityHost.Path("staff/users"))).StatusCode);

        // Every staff member may list colleagues through the internal endpoint (e.g. assignees).
        var internalList = await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", token);
        Assert.Equal(HttpStatusCode.OK, internalList.StatusCode);
        Assert.Contains((await internalList.JsonAsync()).EnumerateArray(), u => u.GetProperty("id").GetGuid() == verifier.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", reporter)).StatusCode);
    }

    [Fact]
    public async Task StaffSession_FiveFailures_Throttle429WithRetryAfter_RightPasswordAndTotpStillGetIn()
    {
        var staff = await _host.CreateStaffAsync(["auditor"]);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(staff, "000000", "Sandi-Salah-12345")).StatusCode);
        }

        // The right password without a valid TOTP code is not even checked now.
        var throttled = await SignInAsync(staff, "000000");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("application/problem+json", throttled.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(throttled.Headers.RetryAfter?.Delta);
        var signedIn = await SignInAsync(staff, _host.CurrentTotp(staff.Secret));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        // The success forgave the failures: the next sign-in is checked as any other.
        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(staff, "000000")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(staff, _host.CurrentTotp(staff.Secret))).StatusCode);
    }
}
