namespace Wbs.Identity.Tests;

/// <summary>A temporary-password token can only change the password; the change voids every older token at once.</summary>
public sealed class TemporaryPasswordTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TemporaryPasswordToken_OnlyChangesPassword_ThenIsVoid()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var adminToken = await _host.StaffTokenAsync(admin);
        var created = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "admin.kedua", roles = new[] { "admin" } }, adminToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enrolment = await created.JsonAsync();
        var secret = Base32.Decode(enrolment.Str("totpSecret"))!;
        var temporary = enrolment.Str("temporaryPassword");

        var signIn = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "admin.kedua", password = temporary, totp = _host.CurrentTotp(secret) });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.True((await signIn.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        var token = (await signIn.JsonAsync()).Str("accessToken");

        var list = await _host.GetAsync(IdentityHost.Path("staff/users"), token);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "orang.lain", roles = new[] { "admin" } }, token)).StatusCode);

        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var changed = await _host.PostAsync(IdentityHost.Path("staff/password"),
            new { currentPassword = temporary, newPassword = "Sandi-Pilihan-Sendiri-2026", totp = _host.CurrentTotp(secret) }, token);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var replacement = await changed.JsonAsync();
        Assert.False(replacement.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _host.GetAsync(IdentityHost.Path("staff/users"), replacement.Str("accessToken"))).StatusCode);

        // The temporary session is over: even the password endpoint refuses it now.
        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var reused = await _host.PostAsync(IdentityHost.Path("staff/password"),
            new { currentPassword = "Sandi-Pilihan-Sendiri-2026", newPassword = "Sandi-Pilihan-Lain-2027", totp = _host.CurrentTotp(secret) }, token);
        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);

        var fresh = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "admin.kedua", password = "Sandi-Pilihan-Sendiri-2026", totp = _host.CurrentTotp(secret) });
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.False((await fresh.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await _host.GetAsync(IdentityHost.Path("staff/users"), (await fresh.JsonAsync()).Str("accessToken"))).StatusCode);
    }

    [Fact]
    public async Task SignOut_VoidsThatSessionOnly()
    {
        var staff = await _host.CreateStaffAsync(["verifier"]);
        var first = await _host.StaffTokenAsync(staff);
        var second = await _host.StaffTokenAsync(staff);

        var signOut = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, IdentityHost.Path("sessions/current"))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", first) },
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", second)).StatusCode);
    }
}
