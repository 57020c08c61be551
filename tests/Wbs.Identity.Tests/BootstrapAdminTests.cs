using Microsoft.EntityFrameworkCore;
using Wbs.Identity.Infrastructure;

namespace Wbs.Identity.Tests;

/// <summary>
/// <c>./wbs bootstrap-admin</c>: the first admin of a tenant without one, printed once and good for a first sign-in
/// that must set up a fresh TOTP key; refused once the tenant has an admin.
/// </summary>
public sealed class BootstrapAdminTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Prints_a_first_admin_once_who_must_set_up_a_fresh_totp_and_is_refused_when_an_admin_exists()
    {
        const string tenant = IdentityHost.OtherTenant;
        var output = new StringWriter();

        Assert.Equal(0, await BootstrapAdmin.RunAsync([tenant, "admin.pertama"], output, _host.Settings));

        var printed = output.ToString();
        var password = Line(printed, "password");
        var secret = Base32.Decode(Line(printed, "TOTP key"))!;
        var signIn = await _host.PostAsync(IdentityHost.Path("staff/sessions", tenant),
            new { username = "admin.pertama", password, totp = _host.CurrentTotp(secret) });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var session = await signIn.JsonAsync();
        Assert.Equal(["admin"], session.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(session.GetProperty("mustEnrolTotp").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.GetAsync(IdentityHost.Path("staff/users", tenant), session.Str("accessToken"))).StatusCode);

        var again = new StringWriter();
        Assert.Equal(BootstrapAdmin.Refused, await BootstrapAdmin.RunAsync([tenant, "admin.kedua"], again, _host.Settings));
        Assert.Contains("Refused", again.ToString());
        Assert.Equal(1, await _host.WithDbAsync(db => db.StaffUsers.CountAsync(u => u.Tenant == tenant)));
        Assert.Equal(2, await BootstrapAdmin.RunAsync(["Bukan Slug"], new StringWriter(), _host.Settings));
    }

    private static string Line(string printed, string label) =>
        printed.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(label + " ", StringComparison.Ordinal))[label.Length..].Trim();
}
