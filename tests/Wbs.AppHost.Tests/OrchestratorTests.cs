using Npgsql;
using Wbs.Hosting.Infrastructure;
using Wbs.TestSupport;

namespace Wbs.AppHost.Tests;

/// <summary>The orchestrator for real: its own PostgreSQL and RabbitMQ, and a tiny web app run as projects.</summary>
public sealed class OrchestratorTests : IDisposable
{
    private const string TestApp = "tests/Wbs.AppHost.TestApp";
    private readonly TempDirectory _temp = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private DistributedApplicationBuilder NewBuilder() =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DataDirectory = _temp.Path, EnvironmentName = "Testing" });

    [Fact]
    public async Task Projects_start_health_gated_crashes_are_restarted_and_stop_leaves_no_process()
    {
        var ct = TestContext.Current.CancellationToken;
        var builder = NewBuilder();
        var pg = builder.AddPostgres("postgres");
        var appdb = pg.AddDatabase("appdb");
        var messaging = builder.AddRabbitMQ("messaging");
        var slow = builder.AddProject("slow", TestApp)
            .WithReference(appdb)
            .WithEnvironment("TESTAPP_START_DELAY_MS", "1500");
        var front = builder.AddProject("front", TestApp)
            .WithReference(slow).WithReference(appdb).WithReference(messaging);
        var app = builder.Build();
        app.Reporter = new ConsoleReporter(TextWriter.Null);
        await using var _ = app;

        await app.StartAsync(ct).WaitAsync(TimeSpan.FromMinutes(3), ct);

        var slowState = app.Monitor["slow"];
        var frontState = app.Monitor["front"];
        Assert.Equal(ResourceStatus.Healthy, slowState.Status);
        Assert.Equal(ResourceStatus.Healthy, frontState.Status);
        Assert.Equal(ResourceStatus.Healthy, app.Monitor["postgres"].Status);
        Assert.Equal(ResourceStatus.Healthy, app.Monitor["messaging"].Status);
        Assert.True(frontState.StartedAt >= slowState.BecameHealthyAt, "front started before slow was healthy");

        // What the project sees is what the model promised.
        Assert.Equal(slow.Resource.Url, await _http.GetStringAsync($"{front.Resource.Url}/env/services__slow__http__0", ct));
        Assert.Equal(messaging.Resource.GetConnectionString(), await _http.GetStringAsync($"{front.Resource.Url}/env/ConnectionStrings__messaging", ct));
        await using (var connection = new NpgsqlConnection(await _http.GetStringAsync($"{front.Resource.Url}/env/ConnectionStrings__appdb", ct)))
        {
            await connection.OpenAsync(ct);
            Assert.Equal("appdb", connection.Database);
        }

        // Kill the child hard: it comes back on the same port, counted as a restart.
        var firstPid = slowState.ProcessId!.Value;
        Assert.True(NativeSignals.Send(firstPid, 9));
        await Eventually.TrueAsync(() => Task.FromResult(
            slowState.Restarts == 1 && slowState.Status == ResourceStatus.Healthy && slowState.ProcessId != firstPid),
            TimeSpan.FromSeconds(60), "the killed project to be restarted");
        Assert.Equal("Healthy", await _http.GetStringAsync($"{slow.Resource.Url}/health", ct));
        Assert.False(ProcessProbe.IsAlive(firstPid));

        var pids = new List<int>
        {
            slowState.ProcessId!.Value,
            frontState.ProcessId!.Value,
            pg.Resource.Server!.ProcessId!.Value,
            messaging.Resource.Server!.ProcessId!.Value,
            messaging.Resource.Server!.ErlangProcessId!.Value,
        };
        Assert.All(pids, pid => Assert.True(ProcessProbe.IsAlive(pid), $"pid {pid} should run"));

        await app.StopAsync();

        Assert.All(pids, pid => Assert.False(ProcessProbe.IsAlive(pid), $"pid {pid} is still running after stop"));
        Assert.All(app.Monitor.All.Where(s => s.Kind != "Database"), s => Assert.Equal(ResourceStatus.Stopped, s.Status));
        Assert.False(PortAllocator.IsListening(pg.Resource.Port));
        Assert.False(PortAllocator.IsListening(messaging.Resource.Port));
        Assert.False(PortAllocator.IsListening(slow.Resource.Port!.Value));
    }

    [Fact]
    public async Task A_second_run_finds_the_data_of_the_first()
    {
        var ct = TestContext.Current.CancellationToken;
        var port = PortAllocator.GetFreePort();
        var password = TestKeys.NewPassword();

        async Task<T> RunAsync<T>(Func<string, Task<T>> withDatabase)
        {
            var builder = NewBuilder();
            var db = builder.AddPostgres("postgres", port, password).AddDatabase("keptdb");
            builder.AddProject("app", TestApp).WithReference(db);
            var app = builder.Build();
            app.Reporter = new ConsoleReporter(TextWriter.Null);
            await using var _ = app;
            await app.StartAsync(ct).WaitAsync(TimeSpan.FromMinutes(2), ct);
            return await withDatabase(db.Resource.GetConnectionString());
        }

        await RunAsync(async cs =>
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('from the first run')", connection);
            return await command.ExecuteNonQueryAsync(ct);
        });
        Assert.False(PortAllocator.IsListening(port));

        var value = await RunAsync(async cs =>
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT v FROM kept", connection);
            return (string?)await command.ExecuteScalarAsync(ct);
        });

        Assert.Equal("from the first run", value);
    }

    [Fact]
    public async Task A_project_that_is_not_built_fails_the_start_with_a_clear_message_before_anything_runs()
    {
        var builder = NewBuilder();
        var pg = builder.AddPostgres("postgres");
        builder.AddProject("ghost", "services/Wbs.DoesNotExist");
        await using var app = builder.Build();
        app.Reporter = new ConsoleReporter(TextWriter.Null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("'ghost' is not built", error.Message);
        Assert.Contains("Wbs.DoesNotExist.dll", error.Message);
        Assert.Null(pg.Resource.Server);
        Assert.False(PortAllocator.IsListening(pg.Resource.Port));
    }

    public void Dispose()
    {
        _http.Dispose();
        _temp.Dispose();
    }
}
