using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.Platform.Tests;

/// <summary>Forwarding a case to a national body or to another agency of the platform, with redaction and a signed package.</summary>
public sealed class ForwardingTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private const string Secret = "Budi Santoso";
    private PlatformHost _platform = null!;

    public async ValueTask InitializeAsync()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _platform = await PlatformHost.StartAsync(infra, settings: new() { ["Forwarding:SigningKey"] = key.ExportPkcs8PrivateKeyPem() });
    }

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Forwarded_to_another_tenant_the_reporter_follows_it_there_with_the_same_code()
    {
        var (trackingNumber, code) = await SubmitAsync("banjarnegara");
        var sourceToken = await _platform.CodeTokenAsync("banjarnegara", code);
        var supervisor = await StaffTokenAsync("banjarnegara", "supervisor");

        var response = await Send(HttpMethod.Post, $"/api/banjarnegara/cases/{trackingNumber}/forwardings", supervisor, new
        {
            to = "tenant:komdigi",
            redactions = new[] { new { field = "what", text = Secret } },
            note = "Menyangkut pegawai Komdigi.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var destination = created.GetProperty("destinationTrackingNumber").GetString()!;
        Assert.Matches(@"^WBS-\d{4}-\d{6}$", destination);

        // The same code signs in at the destination and reaches the new report there.
        var destinationToken = await _platform.CodeTokenAsync("komdigi", code);
        var list = await Eventually.GetAsync(async () =>
        {
            var r = await _platform.GetAsync(_platform.Cases, "/api/komdigi/reports", destinationToken);
            var body = r.IsSuccessStatusCode ? await r.Content.ReadFromJsonAsync<JsonElement>() : default;
            return body.ValueKind == JsonValueKind.Array && body.GetArrayLength() > 0 ? (JsonElement?)body : null;
        }, what: "the forwarded report at komdigi");
        var item = Assert.Single(list!.Value.EnumerateArray());
        Assert.Equal(destination, item.GetProperty("trackingNumber").GetString());
        Assert.Equal("received", item.GetProperty("status").GetString());

        // Komdigi's staff read the shared report, redacted; the original at Banjarnegara is unchanged.
        var komdigiStaff = await StaffTokenAsync("komdigi", "verifier");
        var atDestination = await ReadCaseAsync("komdigi", destination, komdigiStaff);
        var what = atDestination.GetProperty("report").GetProperty("what").GetString()!;
        Assert.DoesNotContain(Secret, what);
        Assert.Contains("[DISAMARKAN]", what);
        var original = await ReadCaseAsync("banjarnegara", trackingNumber, supervisor);
        Assert.Contains(Secret, original.GetProperty("report").GetProperty("what").GetString());
        Assert.Equal("closed", original.GetProperty("status").GetString());
        Assert.Equal("forwarded", original.GetProperty("outcome").GetString());

        // At the source the reporter sees where it went.
        var source = await (await _platform.GetAsync(_platform.Cases, $"/api/banjarnegara/reports/{trackingNumber}", sourceToken))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("closed", source.GetProperty("status").GetString());
        Assert.Equal("tenant:komdigi", source.GetProperty("forwardedTo").GetString());
        Assert.Contains(source.GetProperty("timeline").EnumerateArray(),
            t => t.GetProperty("message").GetString()!.Contains("diteruskan ke") && t.GetProperty("message").GetString()!.Contains(destination));
    }

    [Fact]
    public async Task Forwarded_to_KPK_the_case_closes_and_its_signed_package_verifies_without_the_redacted_text()
    {
        var (trackingNumber, _) = await SubmitAsync("banjarnegara");
        var supervisor = await StaffTokenAsync("banjarnegara", "supervisor");

        var response = await Send(HttpMethod.Post, $"/api/banjarnegara/cases/{trackingNumber}/forwardings", supervisor, new
        {
            to = "kpk",
            redactions = new[] { new { field = "what", text = Secret }, new { field = "who", text = Secret } },
            note = "Dugaan korupsi di luar kewenangan kami.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("destinationTrackingNumber").ValueKind);
        var forwardingId = created.GetProperty("forwardingId").GetString();

        var detail = await ReadCaseAsync("banjarnegara", trackingNumber, supervisor);
        Assert.Equal("closed", detail.GetProperty("status").GetString());
        Assert.Equal("forwarded", detail.GetProperty("outcome").GetString());

        var package = await Send(HttpMethod.Get, $"/api/banjarnegara/cases/{trackingNumber}/forwardings/{forwardingId}/package", supervisor);
        Assert.Equal(HttpStatusCode.OK, package.StatusCode);
        Assert.Equal("application/zip", package.Content.Headers.ContentType?.MediaType);
        var zip = await package.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var key = await (await _platform.Cases.GetAsync("/api/banjarnegara/forwardings/signing-key", TestContext.Current.CancellationToken))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var pem = key.GetProperty("publicKeyPem").GetString()!;

        Assert.Null(ForwardingPackage.Verify(zip, pem));
        var files = ForwardingPackage.Read(zip);
        Assert.Contains("laporan.json", files.Keys);
        Assert.Contains("surat-pengantar.txt", files.Keys);
        var report = JsonDocument.Parse(files["laporan.json"]).RootElement;
        Assert.Contains("[DISAMARKAN]", report.GetProperty("what").GetString());
        Assert.Contains("Komisi Pemberantasan Korupsi", Encoding.UTF8.GetString(files["surat-pengantar.txt"]));
        Assert.All(files, f => Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(f.Value)));
        Assert.True(zip.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Secret)) < 0, "the redacted text is in the package's bytes");

        // A changed file, or a changed manifest, no longer verifies.
        var altered = new Dictionary<string, byte[]>(files)
        {
            ["laporan.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files["laporan.json"]).Replace("[DISAMARKAN]", "Orang Lain")),
        };
        Assert.Equal("laporan.json does not match its hash", ForwardingPackage.Verify(ForwardingPackage.Write(altered), pem));
        var manifest = new Dictionary<string, byte[]>(files)
        {
            ["manifest.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files["manifest.json"]).Replace("kpk", "apip")),
        };
        Assert.Equal("signature does not verify", ForwardingPackage.Verify(ForwardingPackage.Write(manifest), pem));

        // Audited: the forwarding, each redaction (never the passage itself) and the export.
        var admin = await StaffTokenAsync("banjarnegara", "admin");
        var audit = await (await Send(HttpMethod.Get, $"/api/banjarnegara/audit?trackingNumber={trackingNumber}", admin))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var actions = audit.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()).ToList();
        Assert.Contains("case.forwarded", actions);
        Assert.Equal(2, actions.Count(a => a == "case.redacted"));
        Assert.Contains("case.package_exported", actions);
        Assert.DoesNotContain(Secret, audit.GetRawText());
    }

    [Fact]
    public async Task Forwarding_a_closed_case_is_409_and_bad_forwardings_change_nothing()
    {
        var (open, _) = await SubmitAsync("banjarnegara");
        var (rejected, _) = await SubmitAsync("banjarnegara");
        var supervisor = await StaffTokenAsync("banjarnegara", "supervisor");
        var verifier = await StaffTokenAsync("banjarnegara", "verifier");
        var reject = await Send(HttpMethod.Post, $"/api/banjarnegara/cases/{rejected}/transitions", supervisor,
            new { to = "rejected", reason = "Bukan kewenangan kami." });
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await Forward(rejected, supervisor, new { to = "kpk" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forward(open, supervisor, new { to = "tenant:banjarnegara" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forward(open, supervisor, new { to = "tenant:tidak-ada" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forward(open, supervisor,
            new { to = "kpk", redactions = new[] { new { field = "what", text = "teks yang tidak ada" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Forward(open, supervisor,
            new { to = "kpk", evidenceIds = new[] { Guid.NewGuid() } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Forward(open, supervisor, new { to = "ombudsman" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Forward(open, verifier, new { to = "kpk" })).StatusCode);

        var detail = await ReadCaseAsync("banjarnegara", open, supervisor);
        Assert.Equal("received", detail.GetProperty("status").GetString());
        var forwardings = await (await Send(HttpMethod.Get, $"/api/banjarnegara/cases/{open}/forwardings", supervisor))
            .Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(0, forwardings.GetArrayLength());
    }

    private Task<HttpResponseMessage> Forward(string trackingNumber, string token, object body) =>
        Send(HttpMethod.Post, $"/api/banjarnegara/cases/{trackingNumber}/forwardings", token, body);

    private async Task<(string TrackingNumber, string Code)> SubmitAsync(string tenant)
    {
        var submitted = await _platform.SubmitAsync(tenant, new
        {
            reporterType = "internal",
            category = "korupsi",
            title = "Mark-up pengadaan laptop",
            what = $"Pejabat pengadaan {Secret} menaikkan harga laptop dua kali lipat dari harga pasar.",
            who = $"{Secret}, pejabat pembuat komitmen",
            where = "Bagian Umum",
        });
        var trackingNumber = submitted.GetProperty("trackingNumber").GetString()!;
        var staff = await StaffTokenAsync(tenant, "verifier");
        await Eventually.TrueAsync(async () => (await Send(HttpMethod.Get, $"/api/{tenant}/cases/{trackingNumber}", staff)).IsSuccessStatusCode,
            what: "the case opened");
        return (trackingNumber, submitted.GetProperty("complaintCode").GetString()!);
    }

    private async Task<JsonElement> ReadCaseAsync(string tenant, string trackingNumber, string token)
    {
        var response = await Eventually.GetAsync(async () =>
        {
            var r = await Send(HttpMethod.Get, $"/api/{tenant}/cases/{trackingNumber}", token);
            return r.IsSuccessStatusCode ? r : null;
        }, what: $"case {trackingNumber} at {tenant}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private readonly Dictionary<(string, string), string> _tokens = [];

    private async Task<string> StaffTokenAsync(string tenant, string role)
    {
        if (!_tokens.TryGetValue((tenant, role), out var token))
        {
            token = _tokens[(tenant, role)] = await _platform.SignInAsync(await _platform.CreateAsync(tenant, [role]));
        }
        return token;
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string token, object? body = null) =>
        _platform.SendAsync(_platform.Cases, method, path, token, body);
}
