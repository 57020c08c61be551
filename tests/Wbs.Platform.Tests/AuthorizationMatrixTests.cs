using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Wbs.ServiceDefaults.Auth;
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
        // The fresh TOTP of a first sign-in: only the temporary (enrolled) user has one due; confirming it without a code is 400.
        ("identity", "POST", $"/api/{Tenant}/staff/totp", new { }, [401, 403, 403, 409, 409, 409, 409, 409, 200, 401, 403]),
        ("identity", "POST", $"/api/{Tenant}/staff/totp/confirmation", new { }, [401, 403, 403, 409, 409, 409, 409, 409, 400, 401, 403]),
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

    /// <summary>Every internal endpoint here, with the services that call it.</summary>
    private static readonly (string Service, string Method, string Path, object? Body, string[] Callers)[] Internal =
    [
        ("intake", "POST", $"/internal/{Tenant}/code-digests/lookup", new { codeDigest = new string('0', 64) }, ["identity"]),
        ("intake", "GET", $"/internal/{Tenant}/complaints/WBS-2026-000001", null, ["casemanagement", "web"]),
        ("intake", "POST", $"/internal/{Tenant}/complaints/titles", new { trackingNumbers = new[] { "WBS-2026-000001" } }, ["casemanagement"]),
        ("intake", "GET", $"/internal/{Tenant}/complaints/search?q=pungli", null, ["casemanagement"]),
        ("intake", "POST", $"/internal/{Tenant}/complaints/WBS-2026-000001/forwardings", new { }, ["casemanagement"]),
        ("identity", "GET", $"/internal/{Tenant}/staff", null, ["casemanagement", "web"]),
        ("cases", "GET", $"/internal/{Tenant}/complaints/{Guid.NewGuid()}/access", null, ["evidencestorage"]),
        ("cases", "POST", $"/internal/{Tenant}/complaints/{Guid.NewGuid()}/identity-grant", new { }, ["intake"]),
    ];

    [Fact]
    public async Task Every_internal_endpoint_answers_only_the_services_that_call_it()
    {
        var admin = await _platform.SignInAsync(await _platform.CreateAsync(Tenant, ["admin"]));
        // Identity signs its own service token; the others come from its client-credentials endpoint.
        var services = new Dictionary<string, string?> { ["none"] = null };
        await using (var scope = _platform.IdentityServices.CreateAsyncScope())
        {
            services["identity"] = await scope.ServiceProvider.GetRequiredService<IServiceTokenSource>().GetTokenAsync(TestContext.Current.CancellationToken);
        }
        foreach (var client in PlatformHost.ServiceClients)
        {
            services[client] = await _platform.ServiceTokenAsync(client);
        }
        var mismatches = new List<string>();
        foreach (var (service, method, path, body, callers) in Internal)
        {
            var client = service switch { "identity" => _platform.Identity, "cases" => _platform.Cases, _ => _platform.Intake };
            foreach (var (caller, serviceToken) in services)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Headers = { Authorization = new("Bearer", admin) } };
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }
                using var response = await client.SendAsync(serviceToken is null ? request : request.AsService(serviceToken),
                    TestContext.Current.CancellationToken);
                var status = (int)response.StatusCode;
                var wanted = caller == "none" ? "401" : callers.Contains(caller) ? "neither 401 nor 403" : "403";
                var ok = caller == "none" ? status == 401 : callers.Contains(caller) ? status is not (401 or 403) : status == 403;
                if (!ok)
                {
                    mismatches.Add($"{method} {path} as {caller}: {status}, expected {wanted}");
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
