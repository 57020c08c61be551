using System.Net;
using System.Net.Http.Json;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Every token kind against the endpoints whose authorisation this area owns, with real tokens
/// from Identity: the answer each service gives must be the one in the table.
/// </summary>
public sealed class AuthorizationMatrixTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Tenant = "banjarnegara";

    /// <summary>Token kinds, in the column order of <see cref="Matrix"/>.</summary>
    private static readonly string[] Kinds =
        ["none", "code", "account", "admin", "supervisor", "verifier", "investigator", "auditor", "temporary", "disabled", "otherTenant"];

    /// <summary>Service, method, path, body, then the expected status per kind (0: not asserted here).</summary>
    private static readonly (string Service, string Method, string Path, object? Body, int[] Expected)[] Matrix =
    [
        ("identity", "GET", $"/api/{Tenant}/staff/users", null, [401, 403, 403, 200, 403, 403, 403, 403, 403, 401, 403]),
        ("identity", "POST", $"/api/{Tenant}/staff/password", new { }, [401, 403, 403, 400, 400, 400, 400, 400, 400, 401, 403]),
        ("identity", "POST", $"/api/{Tenant}/accounts/password", new { }, [401, 403, 400, 403, 403, 403, 403, 403, 403, 401, 403]),
        ("identity", "GET", $"/internal/{Tenant}/staff", null, [401, 403, 403, 200, 200, 200, 200, 200, 403, 401, 403]),
        ("cases", "GET", $"/api/{Tenant}/cases", null, [401, 403, 403, 200, 200, 200, 200, 403, 403, 401, 403]),
        ("cases", "GET", $"/api/{Tenant}/reports", null, [401, 200, 200, 403, 403, 403, 403, 403, 403, 401, 403]),
        ("cases", "GET", $"/api/{Tenant}/statistics", null, [401, 403, 403, 200, 200, 403, 403, 200, 403, 401, 403]),
        ("cases", "GET", $"/api/{Tenant}/audit", null, [401, 403, 403, 200, 403, 403, 403, 200, 403, 401, 403]),
        // Investigators' title search is left out: limiting it to assigned cases is still open.
        ("intake", "GET", $"/internal/{Tenant}/complaints/search?q=pungli", null, [401, 403, 403, 200, 200, 200, 0, 403, 403, 401, 403]),
    ];

    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra);
    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Every_token_kind_gets_the_expected_answer_from_every_service()
    {
        var tokens = await TokensAsync();
        var mismatches = new List<string>();
        foreach (var (service, method, path, body, expected) in Matrix)
        {
            var client = service switch { "identity" => _platform.Identity, "cases" => _platform.Cases, _ => _platform.Intake };
            for (var i = 0; i < Kinds.Length; i++)
            {
                if (expected[i] == 0)
                {
                    continue;
                }
                using var response = await _platform.SendAsync(client, new HttpMethod(method), path, tokens[Kinds[i]], body);
                if ((int)response.StatusCode != expected[i])
                {
                    mismatches.Add($"{method} {path} with {Kinds[i]}: {(int)response.StatusCode}, expected {expected[i]}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private async Task<Dictionary<string, string?>> TokensAsync()
    {
        var tokens = new Dictionary<string, string?> { ["none"] = null };
        var submitted = await _platform.SubmitAsync(Tenant, Complaints.Sample("Pungli di loket pelayanan"));
        tokens["code"] = await _platform.CodeTokenAsync(Tenant, submitted.GetProperty("complaintCode").GetString()!);

        var username = $"pelapor{Guid.NewGuid():N}"[..20];
        var created = await _platform.Identity.PostAsJsonAsync($"/api/{Tenant}/accounts", new { username, password = "rahasia-pelapor-77" },
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        tokens["account"] = await _platform.AccountTokenAsync(Tenant, username, "rahasia-pelapor-77");

        foreach (var role in new[] { "admin", "supervisor", "verifier", "investigator", "auditor" })
        {
            tokens[role] = await _platform.SignInAsync(await _platform.CreateAsync(Tenant, [role]));
        }
        tokens["temporary"] = await _platform.SignInAsync(await _platform.CreateAsync(Tenant, ["admin"], mustChangePassword: true));
        tokens["otherTenant"] = await _platform.SignInAsync(await _platform.CreateAsync("komdigi", ["admin"]));

        var disabled = await _platform.CreateAsync(Tenant, ["admin"]);
        tokens["disabled"] = await _platform.SignInAsync(disabled);
        using var disabling = await _platform.SendAsync(_platform.Identity, HttpMethod.Post, $"/api/{Tenant}/staff/users/{disabled.Id}/disable",
            tokens["admin"], new { });
        Assert.Equal(HttpStatusCode.OK, disabling.StatusCode);
        // The revocation reaches every service before the table is checked.
        await Eventually.TrueAsync(async () =>
            (await _platform.GetAsync(_platform.Cases, $"/api/{Tenant}/cases", tokens["disabled"]!)).StatusCode == HttpStatusCode.Unauthorized
            && (await _platform.GetAsync(_platform.Intake, $"/internal/{Tenant}/complaints/search?q=x", tokens["disabled"]!)).StatusCode == HttpStatusCode.Unauthorized
            && (await _platform.GetAsync(_platform.Identity, $"/internal/{Tenant}/staff", tokens["disabled"]!)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(5), "the disabled admin's token to be refused");
        return tokens;
    }
}
