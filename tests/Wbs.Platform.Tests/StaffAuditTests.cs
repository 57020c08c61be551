using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wbs.Contracts;
using Wbs.Identity.Model;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Identity's acts reach CaseManagement's audit trail (an <c>IdentityActRecorded</c> event each, through the outbox):
/// staff creation, every sign-in outcome, disabling and password changes; CaseManagement records statistics exports
/// itself. None of them keeps a client address, user agent or anything typed into a failed sign-in.
/// </summary>
public sealed class StaffAuditTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Tenant = "banjarnegara";
    private const string ForwardedMarker = "198.51.100.23";
    private const string AgentMarker = "PenandaAgen/7.1";
    private const string TypedPassword = "Salah-Ketik-Rahasia-2026";
    private const string UnknownName = "tidak.ada.siapapun";

    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Staff_creation_sign_in_outcomes_disabling_password_change_and_exports_are_in_the_audit_trail_without_client_identifiers()
    {
        var admin = await _platform.CreateAsync(Tenant, ["admin"]);
        var adminToken = await _platform.SignInAsync(admin);
        var username = $"audit.{Guid.NewGuid():N}"[..18];
        using var created = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/staff/users", adminToken,
            new { username, roles = new[] { "verifier" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enrolment = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var temporary = enrolment.GetProperty("temporaryPassword").GetString()!;
        var secret = Base32.Decode(enrolment.GetProperty("totpSecret").GetString()!)!;

        // A wrong password, a wrong TOTP code, an unknown name, then failures until the name is throttled.
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(username, TypedPassword, "123456"));
        var wrongCode = Totp.Compute(secret, Totp.StepAt(DateTimeOffset.UtcNow)) == "000000" ? "111111" : "000000";
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(username, temporary, wrongCode));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(UnknownName, TypedPassword, "123456"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync(username, TypedPassword, "123456"));
        }
        using var disabled = await _platform.SendAsync(_platform.Identity, HttpMethod.Post,
            $"/api/{Tenant}/staff/users/{enrolment.GetProperty("id").GetGuid()}/disable", adminToken, new { });
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        using var csv = await _platform.SendAsync(_platform.Cases, HttpMethod.Get, $"/api/{Tenant}/statistics?format=csv", adminToken);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);

        // The password change takes a TOTP step after the sign-in's.
        var step = await TotpSteps.ReserveAsync(Tenant, admin.Username);
        using var changed = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/staff/password", adminToken, new
        {
            currentPassword = admin.Password, newPassword = "Sandi-Admin-Baru-2026!", totp = Totp.Compute(admin.Secret, step),
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var newToken = (await changed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString()!;

        string[] expected =
        [
            IdentityActs.SignInSucceeded, IdentityActs.StaffCreated, IdentityActs.SignInWrongPassword, IdentityActs.SignInWrongTotp,
            IdentityActs.SignInUnknownUser, IdentityActs.SignInLockedOut, IdentityActs.StaffDisabled, IdentityActs.PasswordChanged,
            "statistics.exported",
        ];
        var trail = await Eventually.GetAsync(async () =>
        {
            using var response = await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/audit", newToken);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && expected.All(a => body.Contains($"\"{a}\"", StringComparison.Ordinal)) ? body : null;
        }, TimeSpan.FromSeconds(20), "every act in the audit trail");

        var items = JsonDocument.Parse(trail).RootElement.GetProperty("items").EnumerateArray().ToList();
        JsonElement Single(string action) => Assert.Single(items, i => i.GetProperty("action").GetString() == action && Mentions(i, username, admin.Username));
        Assert.Equal(admin.Username, Single(IdentityActs.StaffCreated).GetProperty("actor").GetString());
        Assert.Contains(username, Single(IdentityActs.StaffCreated).GetProperty("detail").GetString());
        Assert.Equal(username, Single(IdentityActs.SignInWrongTotp).GetProperty("actor").GetString());
        Assert.Equal(username, Single(IdentityActs.SignInLockedOut).GetProperty("actor").GetString());
        Assert.Equal(3, items.Count(i => i.GetProperty("action").GetString() == IdentityActs.SignInWrongPassword && i.GetProperty("actor").GetString() == username));
        Assert.Equal(admin.Username, Single(IdentityActs.StaffDisabled).GetProperty("actor").GetString());
        Assert.Equal(admin.Username, Single(IdentityActs.PasswordChanged).GetProperty("actor").GetString());
        Assert.Equal(admin.Id, Single("statistics.exported").GetProperty("actorId").GetGuid());
        var unknown = Assert.Single(items, i => i.GetProperty("action").GetString() == IdentityActs.SignInUnknownUser);
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("actorId").ValueKind);
        foreach (var marker in new[] { ForwardedMarker, AgentMarker, TypedPassword, UnknownName, temporary })
        {
            Assert.DoesNotContain(marker, trail, StringComparison.Ordinal);
        }
    }

    private static bool Mentions(JsonElement item, params string[] names) =>
        names.Contains(item.GetProperty("actor").GetString()) || names.Any(n => item.GetProperty("detail").GetString()?.Contains(n) == true);

    /// <summary>A staff sign-in carrying a forwarded address and a user agent, which nothing may keep.</summary>
    private async Task<HttpStatusCode> SignInAsync(string username, string password, string totp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{Tenant}/staff/sessions")
        {
            Content = JsonContent.Create(new { username, password, totp }),
        };
        request.Headers.Add("X-Forwarded-For", ForwardedMarker);
        request.Headers.TryAddWithoutValidation("User-Agent", AgentMarker);
        using var response = await _platform.Identity.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
