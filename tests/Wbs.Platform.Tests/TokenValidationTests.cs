using System.Net;
using System.Text;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>
/// Tokens issued by Identity are checked by the other services themselves (against Identity's
/// published keys): tampered, expired, foreign-key and wrong-audience tokens are refused there.
/// </summary>
public sealed class TokenValidationTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync() => _platform = await PlatformHost.StartAsync(infra, settings: new()
    {
        ["Identity:Tokens:ReporterLifetime"] = "00:00:03",
        ["Auth:ClockSkew"] = "00:00:00",
    });

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task CaseManagement_accepts_an_Identity_token_and_refuses_it_tampered_or_expired()
    {
        var submitted = await _platform.SubmitAsync("banjarnegara", Complaints.Sample("Penyalahgunaan kendaraan dinas", "penyalahgunaan_wewenang"));
        var token = await _platform.CodeTokenAsync("banjarnegara", submitted.GetProperty("complaintCode").GetString()!);
        await Eventually.TrueAsync(async () =>
            (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token)).StatusCode == HttpStatusCode.OK,
            what: "the genuine token accepted");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", Tamper(token))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", WithPayloadClaim(token, "tn", "WBS-2026-999999"))).StatusCode);

        // The token's lifetime is short in this host: once it has passed, the same token is refused.
        await Eventually.TrueAsync(async () =>
            (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token)).StatusCode == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30), "the expired token refused");
    }

    [Fact]
    public async Task Tokens_signed_by_another_key_or_for_another_audience_are_refused_by_CaseManagement_and_Intake()
    {
        var foreign = new TestTokens();
        var forged = foreign.Issue("banjarnegara", "code", Guid.NewGuid(), complaintId: Guid.NewGuid());
        var otherAudience = foreign.Issue("banjarnegara", "code", Guid.NewGuid(), audience: "another-app");

        foreach (var token in new[] { forged, otherAudience })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.GetAsync(_platform.Cases, "/api/banjarnegara/reports", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await _platform.GetAsync(_platform.Intake, "/internal/banjarnegara/complaints/WBS-2026-000001", token)).StatusCode);
        }
    }

    /// <summary>Flips one character of the signature.</summary>
    private static string Tamper(string jwt)
    {
        var chars = jwt.ToCharArray();
        var i = jwt.LastIndexOf('.') + 5;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    /// <summary>Rewrites a claim in the payload and keeps the original signature.</summary>
    private static string WithPayloadClaim(string jwt, string claim, string value)
    {
        var parts = jwt.Split('.');
        var json = Encoding.UTF8.GetString(Base64UrlDecode(parts[1]));
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node[claim] = value;
        parts[1] = Convert.ToBase64String(Encoding.UTF8.GetBytes(node.ToJsonString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return string.Join('.', parts);
    }

    private static byte[] Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
