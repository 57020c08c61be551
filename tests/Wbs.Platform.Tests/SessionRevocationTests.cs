using System.Net;
using System.Net.Http.Json;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Disabling a staff user, changing a password and signing out take effect at once in every
/// service: Identity publishes the revocation, each instance applies it, and an instance that
/// starts afterwards learns it from Identity before trusting older tokens.
/// </summary>
public sealed class SessionRevocationTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Tenant = "banjarnegara";
    /// <summary>Generous: the revocation crosses the outbox and the broker, typically well under a second.</summary>
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(5);

    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Disabling_a_staff_user_voids_their_token_in_every_service_and_in_an_instance_started_later()
    {
        var admin = await _platform.CreateAsync(Tenant, ["admin"]);
        var investigator = await _platform.CreateAsync(Tenant, ["investigator"]);
        var adminToken = await _platform.SignInAsync(admin);
        var token = await _platform.SignInAsync(investigator);
        var probes = StaffProbes();
        foreach (var (client, path) in probes)
        {
            Assert.Equal(HttpStatusCode.OK, (await _platform.GetAsync(client, path, token)).StatusCode);
        }

        var disabled = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/staff/users/{investigator.Id}/disable", adminToken, new { });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

        foreach (var (client, path) in probes)
        {
            await Eventually.TrueAsync(async () => (await _platform.GetAsync(client, path, token)).StatusCode == HttpStatusCode.Unauthorized,
                AtOnce, $"{client.BaseAddress}{path} to refuse the disabled user's token");
        }

        // A CaseManagement instance started after the revocation never saw the event: it asks Identity.
        var late = _platform.StartAnotherCaseManagement();
        // Its start (a whole host, then priming) is not what is timed here: what it answers once primed is.
        await Eventually.TrueAsync(async () => (await _platform.GetAsync(late, $"/api/{Tenant}/cases", adminToken)).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the late instance to accept the admin's token once primed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.GetAsync(late, $"/api/{Tenant}/cases", token)).StatusCode);
    }

    [Fact]
    public async Task Changing_an_account_password_voids_the_old_token_and_the_new_sign_in_works()
    {
        var username = $"pelapor{Guid.NewGuid():N}"[..20];
        var created = await _platform.Identity.PostAsJsonAsync($"/api/{Tenant}/accounts",
            new { username, password = "rahasia-pelapor-77" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var old = await _platform.AccountTokenAsync(Tenant, username, "rahasia-pelapor-77");
        Assert.Equal(HttpStatusCode.OK, (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", old)).StatusCode);

        var changed = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/accounts/password", old,
            new { currentPassword = "rahasia-pelapor-77", newPassword = "sandi-baru-yang-panjang-88" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var replacement = (await changed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken))
            .GetProperty("accessToken").GetString()!;

        await Eventually.TrueAsync(async () => (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", old)).StatusCode == HttpStatusCode.Unauthorized,
            AtOnce, "CaseManagement to refuse the token issued before the password change");
        var again = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/accounts/password", old,
            new { currentPassword = "sandi-baru-yang-panjang-88", newPassword = "sandi-ketiga-yang-panjang-99" });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);

        // The session the change answered with, and a new sign-in, both work.
        Assert.Equal(HttpStatusCode.OK, (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", replacement)).StatusCode);
        var fresh = await _platform.AccountTokenAsync(Tenant, username, "sandi-baru-yang-panjang-88");
        Assert.Equal(HttpStatusCode.OK, (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", fresh)).StatusCode);
    }

    [Fact]
    public async Task Signing_out_voids_that_session_only_in_every_service()
    {
        var submitted = await _platform.SubmitAsync(Tenant, Complaints.Sample("Pungutan liar di loket perizinan"));
        var code = submitted.GetProperty("complaintCode").GetString()!;
        var signedOut = await _platform.CodeTokenAsync(Tenant, code);
        var other = await _platform.CodeTokenAsync(Tenant, code);
        await Eventually.TrueAsync(async () => (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", signedOut)).StatusCode == HttpStatusCode.OK,
            what: "the code token accepted");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.SendAsync(_platform.Identity, HttpMethod.Delete, $"/api/{Tenant}/sessions/current", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _platform.SendAsync(_platform.Identity, HttpMethod.Delete, $"/api/{Tenant}/sessions/current", signedOut)).StatusCode);

        await Eventually.TrueAsync(async () => (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", signedOut)).StatusCode == HttpStatusCode.Unauthorized,
            AtOnce, "CaseManagement to refuse the signed-out token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.SendAsync(_platform.Identity, HttpMethod.Delete, $"/api/{Tenant}/sessions/current", signedOut)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/reports", other)).StatusCode);
    }

    /// <summary>One staff endpoint per service.</summary>
    private (HttpClient Client, string Path)[] StaffProbes() =>
    [
        (_platform.Cases, $"/api/{Tenant}/cases"),
        (_platform.Intake, $"/internal/{Tenant}/complaints/search?q=pungli"),
        (_platform.Identity, $"/internal/{Tenant}/staff"),
    ];
}
