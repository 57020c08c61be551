namespace Wbs.AppHost.Tests;

public sealed class DevCredentialsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private DistributedApplication NewApp() =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DataDirectory = _temp.Path, EnvironmentName = "Development" })
            .Build();

    [Fact]
    public async Task Ready_writes_dev_credentials_as_api_md_shows_them()
    {
        await using var app = NewApp();
        app.Reporter = new ConsoleReporter(TextWriter.Null);
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);
        var announcer = new ReadyAnnouncer(() => "http://127.0.0.1:8080", "http://127.0.0.1:18888", secrets);

        await announcer.BeforeStartAsync(app, TestContext.Current.CancellationToken);
        Assert.False(File.Exists(ReadyAnnouncer.CredentialsPath(app)));
        await announcer.AfterReadyAsync(app, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp.Path, "dev-credentials.json")));
        var root = json.RootElement;
        Assert.Equal(["gateway", "dashboard", "dashboardToken", "staff"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("http://127.0.0.1:8080", root.GetProperty("gateway").GetString());
        Assert.Equal("http://127.0.0.1:18888", root.GetProperty("dashboard").GetString());
        Assert.Equal(secrets.DashboardToken, root.GetProperty("dashboardToken").GetString());
        var staff = root.GetProperty("staff").EnumerateArray().ToList();
        Assert.Equal(10, staff.Count);
        Assert.Equal(["tenant", "id", "username", "password", "totpSecret", "roles"], staff[0].EnumerateObject().Select(p => p.Name));
        Assert.True(Guid.TryParse(staff[0].GetProperty("id").GetString(), out _));
        Assert.Equal(JsonValueKind.Array, staff[0].GetProperty("roles").ValueKind);
        Assert.Equal(File.ReadAllText(secrets.DevStaffFile!), JsonSerializer.Serialize(DevStaff.Read(secrets.DevStaffFile!), DevStaff.Json));
    }

    [Fact]
    public async Task A_stale_credentials_file_is_removed_when_a_run_starts()
    {
        await using var app = NewApp();
        var path = ReadyAnnouncer.CredentialsPath(app);
        await File.WriteAllTextAsync(path, "{}", TestContext.Current.CancellationToken);
        var secrets = WbsSecretsExtensions.Load(new SecretStore(Path.Combine(_temp.Path, "secrets")), development: true);

        await new ReadyAnnouncer(() => "http://127.0.0.1:8080", "http://127.0.0.1:18888", secrets)
            .BeforeStartAsync(app, TestContext.Current.CancellationToken);

        Assert.False(File.Exists(path));
    }

    public void Dispose() => _temp.Dispose();
}
