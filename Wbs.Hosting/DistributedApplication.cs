using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wbs.Hosting.ApplicationModel;
using Wbs.Hosting.Infrastructure;
using Wbs.Hosting.Orchestration;

namespace Wbs.Hosting;

/// <summary>
/// Runs the described application: PostgreSQL and RabbitMQ in parallel, databases created, then every
/// project in dependency order, each awaited healthy; keeps them running until stopped.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly DistributedApplicationBuilder _builder;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Dictionary<ProjectResource, ProjectRunner> _runners = [];
    private readonly CancellationTokenSource _monitoring = new();
    private readonly TimeProvider _time = TimeProvider.System;
    private Task _healthLoop = Task.CompletedTask;
    private bool _startedEpmd;
    private bool _stopped;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        _loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        _logger = _loggerFactory.CreateLogger("Wbs.AppHost");
        foreach (var resource in builder.Resources)
        {
            var state = Monitor.Add(resource.Name, KindOf(resource));
            switch (resource)
            {
                case PostgresServerResource pg:
                    state.Port = pg.Port;
                    break;
                case RabbitMQServerResource rabbit:
                    state.Port = rabbit.Port;
                    state.Url = $"amqp://127.0.0.1:{rabbit.Port} (management http://127.0.0.1:{rabbit.ManagementPort})";
                    break;
                case ProjectResource project:
                    state.Port = project.Port;
                    state.Url = project.Url;
                    break;
            }
        }
    }

    public static DistributedApplicationBuilder CreateBuilder(string[] args) => new(new DistributedApplicationOptions { Args = args });

    public static DistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) => new(options);

    public IReadOnlyList<IResource> Resources => _builder.Resources;
    public ResourceMonitor Monitor { get; } = new();
    public ConsoleReporter Reporter { get; set; } = new();
    public string DataDirectory => _builder.DataDirectory;
    public string RepositoryRoot => _builder.RepositoryRoot;
    public string EnvironmentName => _builder.EnvironmentName;
    public bool IsDevelopment => _builder.IsDevelopment;

    public T Resource<T>(string name) where T : IResource =>
        Resources.OfType<T>().FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No {typeof(T).Name} named '{name}'.");

    /// <summary>The environment a project is started with (for diagnostics and tests).</summary>
    public IReadOnlyDictionary<string, string> EnvironmentOf(ProjectResource project) =>
        project.GetEnvironment(new ProjectEnvironmentContext
        {
            EnvironmentName = EnvironmentName,
            OtlpEndpoint = _builder.OtlpEndpoint,
            InstanceId = project.Port?.ToString() ?? "0",
        });

    /// <summary>Runs until Ctrl-C / SIGTERM (or <paramref name="cancellationToken"/>), then stops everything. Returns the exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            shutdown.Cancel();
        }
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        try
        {
            await StartAsync(shutdown.Token);
            await Task.Delay(Timeout.Infinite, shutdown.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            Reporter.Line("Stopping…");
            return 0;
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            Reporter.Line("Start cancelled; stopping…");
            return 130;
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or NpgsqlException or IOException)
        {
            Reporter.Line($"ERROR: {e.Message}");
            return 1;
        }
        finally
        {
            await StopAsync();
        }
    }

    /// <summary>Starts every resource; returns once all are healthy. Throws (with the reason) when one cannot start.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        foreach (var project in Resources.OfType<ProjectResource>())
        {
            if (!File.Exists(project.AssemblyPath))
            {
                throw new InvalidOperationException(
                    $"Project '{project.Name}' is not built: {project.AssemblyPath} is missing. Build the solution first (./wbs run does).");
            }
        }
        foreach (var hook in _builder.LifecycleHooks)
        {
            await hook.BeforeStartAsync(this, cancellationToken);
        }
        Reporter.Line($"WBS AppHost ({EnvironmentName}), data in {DataDirectory}");

        await Task.WhenAll(Resources.Select(r => r switch
        {
            PostgresServerResource pg => StartPostgresAsync(pg, cancellationToken),
            RabbitMQServerResource rabbit => StartRabbitMqAsync(rabbit, cancellationToken),
            _ => Task.CompletedTask,
        }));

        var started = new Dictionary<IResource, Task>();
        Task StartedTask(IResource resource)
        {
            if (!started.TryGetValue(resource, out var task))
            {
                task = resource is ProjectResource project ? StartProjectAsync(project, StartedTask, cancellationToken) : Task.CompletedTask;
                started[resource] = task;
            }
            return task;
        }
        var all = Resources.OfType<ProjectResource>().Select(StartedTask).ToList();
        await Task.WhenAll(all);
        _healthLoop = Task.Run(() => MonitorHealthAsync(_monitoring.Token));

        foreach (var hook in _builder.LifecycleHooks)
        {
            await hook.AfterReadyAsync(this, cancellationToken);
        }
    }

    private async Task StartProjectAsync(ProjectResource project, Func<IResource, Task> dependency, CancellationToken cancellationToken)
    {
        await Task.WhenAll(DistributedApplicationBuilder.DependenciesOf(project).Select(dependency));
        cancellationToken.ThrowIfCancellationRequested();
        var state = Monitor[project.Name];
        var runner = new ProjectRunner(project, state, EnvironmentOf(project), _http, Reporter,
            _loggerFactory.CreateLogger(project.Name), _time, _builder.StableAfter);
        lock (_runners)
        {
            _runners[project] = runner;
        }
        runner.Start();
        try
        {
            await runner.FirstHealthy.WaitAsync(_builder.StartupTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            var tail = string.Join(Environment.NewLine, state.Logs.Snapshot(30).Select(l => "    | " + l.Text));
            throw new TimeoutException(
                $"'{project.Name}' did not answer {project.Url}/health with 200 within {_builder.StartupTimeout.TotalSeconds:0} s " +
                $"(last report: {state.Health ?? "none"}). Last output:{Environment.NewLine}{tail}");
        }
    }

    private async Task StartPostgresAsync(PostgresServerResource pg, CancellationToken cancellationToken)
    {
        var state = Monitor[pg.Name];
        state.Status = ResourceStatus.Starting;
        EnsurePortFree(pg.Name, pg.Port);
        var logger = new BufferLogger(state, _logger, _time);
        pg.Server = await PostgresServer.StartAsync(new PostgresOptions
        {
            DataDirectory = pg.DataDirectory,
            Port = pg.Port,
            User = pg.User,
            Password = pg.Password,
        }, logger, cancellationToken);
        state.ProcessId = pg.Server.ProcessId;
        state.Status = ResourceStatus.Running;
        foreach (var database in pg.Databases)
        {
            await pg.Server.CreateDatabaseAsync(database.DatabaseName, cancellationToken);
            var dbState = Monitor[database.Name];
            dbState.Status = ResourceStatus.Healthy;
            dbState.Port = pg.Port;
        }
        state.Status = ResourceStatus.Healthy;
        Reporter.Status(state, $"databases: {string.Join(", ", pg.Databases.Select(d => d.DatabaseName))}");
    }

    private async Task StartRabbitMqAsync(RabbitMQServerResource rabbit, CancellationToken cancellationToken)
    {
        var state = Monitor[rabbit.Name];
        state.Status = ResourceStatus.Starting;
        EnsurePortFree(rabbit.Name, rabbit.Port);
        EnsurePortFree(rabbit.Name, rabbit.ManagementPort);
        _startedEpmd |= !PortAllocator.IsListening(EpmdPort);
        rabbit.Server = await RabbitMqServer.StartAsync(new RabbitMqOptions
        {
            DataDirectory = rabbit.DataDirectory,
            Port = rabbit.Port,
            ManagementPort = rabbit.ManagementPort,
            User = rabbit.User,
            Password = rabbit.Password,
        }, new BufferLogger(state, _logger, _time), cancellationToken);
        state.ProcessId = rabbit.Server.ProcessId;
        state.Status = ResourceStatus.Healthy;
        Reporter.Status(state);
    }

    private const int EpmdPort = 4369;

    private static void EnsurePortFree(string name, int port)
    {
        if (PortAllocator.IsListening(port))
        {
            throw new InvalidOperationException(
                $"Port {port} for '{name}' is already in use (another AppHost still running?). Stop it or choose another port.");
        }
    }

    private async Task MonitorHealthAsync(CancellationToken token)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(3), _time);
        while (!token.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var resource in Resources)
            {
                var state = Monitor[resource.Name];
                var (healthy, report) = resource switch
                {
                    ProjectResource project when state.Status is ResourceStatus.Healthy or ResourceStatus.Unhealthy =>
                        await HealthProbe.ProbeAsync(_http, project.Url, token),
                    PostgresServerResource pg when pg.Server is not null => await ProbePostgresAsync(pg, token),
                    RabbitMQServerResource rabbit when rabbit.Server is not null => await ProbeRabbitAsync(rabbit.Server, token),
                    _ => (false, (string?)null),
                };
                if (report is null || token.IsCancellationRequested)
                {
                    continue;
                }
                var before = state.Status;
                state.Health = report;
                state.HealthCheckedAt = _time.GetUtcNow();
                state.Status = healthy ? ResourceStatus.Healthy : ResourceStatus.Unhealthy;
                if (before != state.Status)
                {
                    Reporter.Status(state, healthy ? null : report);
                }
            }
        }
    }

    private static async Task<(bool, string?)> ProbePostgresAsync(PostgresServerResource pg, CancellationToken token)
    {
        try
        {
            await using var connection = new NpgsqlConnection(pg.ConnectionStringFor("postgres") + ";Timeout=5;Pooling=false");
            await connection.OpenAsync(token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(token);
            return (true, "SELECT 1 ok");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (false, e.Message);
        }
    }

    private static async Task<(bool, string?)> ProbeRabbitAsync(RabbitMqServer server, CancellationToken token)
    {
        try
        {
            using var response = await server.GetManagementAsync("overview", token);
            return (response.IsSuccessStatusCode, $"management API {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return (false, e.Message);
        }
    }

    /// <summary>Stops projects (dependents first), then RabbitMQ and PostgreSQL, then epmd if this run started it.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await _monitoring.CancelAsync();
        await _healthLoop;
        List<ProjectRunner> runners;
        lock (_runners)
        {
            runners = [.. _runners.Values];
        }
        // Dependents first: a project stops before what it waits for.
        var remaining = runners.ToHashSet();
        while (remaining.Count > 0)
        {
            var needed = remaining.SelectMany(r => r.Project.WaitsFor).ToHashSet();
            var wave = remaining.Where(r => !needed.Contains(r.Project)).ToList();
            if (wave.Count == 0)
            {
                wave = [.. remaining];
            }
            await Task.WhenAll(wave.Select(r => r.StopAsync()));
            remaining.ExceptWith(wave);
        }
        await Task.WhenAll(Resources.Select(async r =>
        {
            switch (r)
            {
                case RabbitMQServerResource { Server: { } rabbit } resource:
                    await StopServerAsync(resource.Name, rabbit.DisposeAsync);
                    resource.Server = null;
                    break;
                case PostgresServerResource { Server: { } pg } resource:
                    await StopServerAsync(resource.Name, pg.DisposeAsync);
                    resource.Server = null;
                    break;
            }
        }));
        if (_startedEpmd)
        {
            await KillEpmdAsync();
        }
        foreach (var hook in _builder.LifecycleHooks)
        {
            await hook.AfterStopAsync(this);
        }
        Reporter.Line("Stopped.");
    }

    private async Task StopServerAsync(string name, Func<ValueTask> dispose)
    {
        var state = Monitor[name];
        state.Status = ResourceStatus.Stopping;
        await dispose();
        state.Status = ResourceStatus.Stopped;
        Reporter.Status(state);
    }

    /// <summary>Erlang leaves its port mapper running; it refuses to die while other nodes are registered, which is what we want.</summary>
    private async Task KillEpmdAsync()
    {
        for (var attempt = 0; attempt < 10 && PortAllocator.IsListening(EpmdPort); attempt++)
        {
            try
            {
                var info = new ProcessStartInfo("epmd") { RedirectStandardOutput = true, RedirectStandardError = true };
                info.ArgumentList.Add("-kill");
                info.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                using var process = Process.Start(info)!;
                var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (output.Contains("not allowed", StringComparison.OrdinalIgnoreCase))
                {
                    return; // another Erlang node (not ours) still uses it
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return;
            }
            await Task.Delay(300);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        _loggerFactory.Dispose();
    }

    private static string KindOf(IResource resource) => resource switch
    {
        PostgresServerResource => "PostgreSQL",
        PostgresDatabaseResource => "Database",
        RabbitMQServerResource => "RabbitMQ",
        ProjectResource => "Project",
        _ => resource.GetType().Name,
    };
}
