using Microsoft.EntityFrameworkCore;

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
        (token, secret) = await _host.EnrolFreshTotpAsync(token);
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
    public async Task FirstSignIn_SetsUpAFreshTotp_BeforeAnythingElse_AndTheEnrolmentSecretIsRefusedAfterwards()
    {
        var admin = await _host.CreateStaffAsync(["admin"]);
        var created = await _host.PostAsync(IdentityHost.Path("staff/users"), new { username = "verifikator.baru", roles = new[] { "verifier" } },
            await _host.StaffTokenAsync(admin));
        var enrolment = await created.JsonAsync();
        var enrolmentSecret = Base32.Decode(enrolment.Str("totpSecret"))!;
        var temporary = enrolment.Str("temporaryPassword");
        var signIn = await (await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "verifikator.baru", password = temporary, totp = _host.CurrentTotp(enrolmentSecret) })).JsonAsync();
        Assert.True(signIn.GetProperty("mustEnrolTotp").GetBoolean());
        var token = signIn.Str("accessToken");
        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));

        // Nothing else first: not the password change, not a case-worker endpoint; confirming before starting is refused.
        var early = await _host.PostAsync(IdentityHost.Path("staff/password"),
            new { currentPassword = temporary, newPassword = "Sandi-Pilihan-Sendiri-2026", totp = _host.CurrentTotp(enrolmentSecret) }, token);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("application/problem+json", early.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync($"/internal/{IdentityHost.Tenant}/staff", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict,
            (await _host.PostAsync(IdentityHost.Path("staff/totp/confirmation"), new { totp = _host.CurrentTotp(enrolmentSecret) }, token)).StatusCode);

        // The fresh secret is shown once (text, otpauth URI, SVG QR code); the enrolment secret does not confirm it.
        var started = await (await _host.PostAsync(IdentityHost.Path("staff/totp"), new { }, token)).JsonAsync();
        var fresh = Base32.Decode(started.Str("totpSecret"))!;
        Assert.NotEqual(enrolmentSecret, fresh);
        Assert.Contains($"secret={started.Str("totpSecret")}", started.Str("otpauthUri"));
        Assert.StartsWith("<svg", started.Str("qrCodeSvg").TrimStart());
        var stored = await _host.WithDbAsync(db => db.StaffUsers.SingleAsync(u => u.Username == "verifikator.baru"));
        Assert.False(stored.SealedPendingTotpSecret!.AsSpan().IndexOf(fresh) >= 0, "pending TOTP secret stored in plaintext");
        var wrong = await _host.PostAsync(IdentityHost.Path("staff/totp/confirmation"), new { totp = _host.CurrentTotp(enrolmentSecret) }, token);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("totp", out _));

        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var confirmed = await _host.PostAsync(IdentityHost.Path("staff/totp/confirmation"), new { totp = _host.CurrentTotp(fresh) }, token);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var after = await confirmed.JsonAsync();
        Assert.False(after.GetProperty("mustEnrolTotp").GetBoolean());
        Assert.True(after.GetProperty("mustChangePassword").GetBoolean());
        // The session of the enrolment secret is over; the new one still serves only the password change.
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.PostAsync(IdentityHost.Path("staff/totp"), new { }, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync(IdentityHost.Path("staff/users"), after.Str("accessToken"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _host.PostAsync(IdentityHost.Path("staff/totp"), new { }, after.Str("accessToken"))).StatusCode);

        _host.Clock.Advance(TimeSpan.FromSeconds(Totp.StepSeconds));
        var withOldSecret = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "verifikator.baru", password = temporary, totp = _host.CurrentTotp(enrolmentSecret) });
        Assert.Equal(HttpStatusCode.Unauthorized, withOldSecret.StatusCode);
        var withNewSecret = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
            new { username = "verifikator.baru", password = temporary, totp = _host.CurrentTotp(fresh) });
        Assert.Equal(HttpStatusCode.OK, withNewSecret.StatusCode);
        Assert.False((await withNewSecret.JsonAsync()).GetProperty("mustEnrolTotp").GetBoolean());
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
