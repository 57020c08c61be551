using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wbs.EvidenceStorage.Extensions;

namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>
/// One EvidenceStorage instance on a fresh database and virtual host, with a controllable clock,
/// its own blob and scratch folders, and a tenant catalogue where banjarnegara has a small upload limit.
/// </summary>
public sealed class EvidenceHost : ServiceHost<Program>
{
    public const string Tenant = "banjarnegara";
    public const string OtherTenant = "komdigi";
    public const long SmallLimit = 300_000;

    /// <summary>The video and audio limit of <see cref="Tenant"/> (the other tenant keeps the default).</summary>
    public const long SmallMediaLimit = 4 * 1024 * 1024;

    private static readonly TestTokens SharedTokens = new();
    private readonly string _root;

    private EvidenceHost(ServiceSettings settings, string root, TestClock clock, CaseManagementPeer caseManagement, bool realHttp,
        Action<IServiceCollection>? services)
        : base(settings, SharedTokens, clock, port: realHttp ? 0 : null, services: services)
    {
        _root = root;
        Clock = clock;
        CaseManagement = caseManagement;
        Client = CreateClient();
    }

    public HttpClient Client { get; }
    public string Amqp => Settings[ServiceSettings.MessagingKey]!;
    public TestClock Clock { get; }

    /// <summary>
    /// Moves the clock and waits until the background sweeper, which the move wakes, has finished a sweep begun at
    /// the new time: the one sweeper, so no second sweep skips the rows it holds locked.
    /// </summary>
    public async Task AdvanceAndSweepAsync(TimeSpan by)
    {
        Clock.Advance(by);
        var advanced = Clock.GetUtcNow();
        var sweeper = Services.GetServices<IHostedService>().OfType<Wbs.EvidenceStorage.Services.UnattachedEvidenceSweeper>().Single();
        await Eventually.TrueAsync(() => Task.FromResult(sweeper.LastEndedRunStartedAt >= advanced), what: "a sweep after the clock moved");
    }
    /// <summary>Answers the access questions EvidenceStorage asks before releasing a case's evidence.</summary>
    public CaseManagementPeer CaseManagement { get; }
    public string StoragePath => Path.Combine(_root, "blobs");
    public string TempPath => Path.Combine(_root, "scratch");

    /// <param name="settings">Extra configuration (e.g. small upload budgets).</param>
    /// <param name="realHttp">Serve over Kestrel on a loopback port, for tests that need a request body to really stream.</param>
    /// <param name="services">Further replacements in the service's container (e.g. a <see cref="CapturedLogs"/> provider).</param>
    public static async Task<EvidenceHost> StartAsync(InfrastructureFixture infra, IReadOnlyDictionary<string, string?>? settings = null,
        bool realHttp = false, Action<IServiceCollection>? services = null)
    {
        var root = NewRoot();
        var caseManagement = await CaseManagementPeer.StartAsync();
        var all = (await SettingsAsync(infra, root, caseManagement)).Merge(settings);
        return new EvidenceHost(all, root, new TestClock(), caseManagement, realHttp, services);
    }

    /// <summary>A fresh folder for one instance's blobs, scratch files and tenant catalogue.</summary>
    public static string NewRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "wbs-evidence-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return root;
    }

    /// <summary>The configuration of one instance under <paramref name="root"/>: a fresh database and virtual host, its folders and tenants.</summary>
    public static async Task<ServiceSettings> SettingsAsync(InfrastructureFixture infra, string root, CaseManagementPeer caseManagement)
    {
        var tenants = Path.Combine(root, "tenants.json");
        await File.WriteAllTextAsync(tenants, $$"""
            [
              { "slug": "{{Tenant}}", "name": "Banjarnegara", "maxEvidenceBytes": {{SmallLimit}}, "maxMediaBytes": {{SmallMediaLimit}}, "contact": {} },
              { "slug": "{{OtherTenant}}", "name": "Komdigi", "contact": {} }
            ]
            """);
        var settings = (await ServiceSettings.FreshAsync(infra, "evidencedb", SharedTokens)).WithKeys("Evidence");
        settings["Tenancy:File"] = tenants;
        settings["Evidence:StoragePath"] = Path.Combine(root, "blobs");
        settings["Evidence:TempPath"] = Path.Combine(root, "scratch");
        settings["Evidence:SweepInterval"] = "00:01:00";
        settings["services:casemanagement:http:0"] = caseManagement.Address.ToString();
        return settings;
    }

    public string StaffToken(string tenant = Tenant, params string[] roles) =>
        Tokens.Issue(tenant, "staff", Guid.NewGuid(), roles.Length == 0 ? ["verifier"] : roles, name: "petugas.uji");

    public async Task<HttpResponseMessage> UploadAsync(string fileName, byte[] bytes, string? contentType = null, string tenant = Tenant)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");
        form.Add(part, "file", fileName);
        return await Client.PostAsync($"/api/{tenant}/evidence", form);
    }

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task<UploadResult> UploadOkAsync(string fileName, byte[] bytes, string? contentType = null, string tenant = Tenant)
    {
        using var response = await UploadAsync(fileName, bytes, contentType, tenant);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<UploadResult>(body, WebJson)!;
    }

    public async Task<HttpResponseMessage> DownloadAsync(Guid evidenceId, string? token, string tenant = Tenant)
    {
        using var request = Request(HttpMethod.Get, $"/api/{tenant}/evidence/{evidenceId}/content", token);
        return await Client.SendAsync(request);
    }

    /// <summary>Attaches uploads to a complaint through the internal endpoint, as CaseManagement would.</summary>
    public async Task AttachAsync(Guid complaintId, params Guid[] evidenceIds)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/internal/{Tenant}/evidence/attach")
        {
            Content = JsonContent.Create(new { complaintId, trackingNumber = "WBS-2026-000042", evidenceIds }),
        };
        using var response = await Client.SendAsync(request.AsService(Tokens.IssueService("casemanagement")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<T> WithDbAsync<T>(Func<EvidenceDbContext, Task<T>> query) => WithServiceAsync(query);

    public string[] BlobFiles() => Directory.Exists(StoragePath) ? Directory.GetFiles(StoragePath, "*", SearchOption.AllDirectories) : [];

    public string[] ScratchFiles() => Directory.Exists(TempPath) ? Directory.GetFiles(TempPath, "*", SearchOption.AllDirectories) : [];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await CaseManagement.DisposeAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record UploadResult(Guid EvidenceId, string FileName, string ContentType, long Size, string Sha256, string[] MetadataRemoved,
    string[] MetadataRemovedEn);
