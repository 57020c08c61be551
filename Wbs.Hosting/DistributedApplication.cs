using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Npgsql;
using Wbs.Hosting.ApplicationModel;
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
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly BackingServers _servers;
    private readonly ProjectSupervisor _projects;
    private readonly HealthMonitor _health;
    private bool _stopped;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        _loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var time = TimeProvider.System;
        ResourceRegistration.Register(Monitor, builder.Resources);
        _servers = new BackingServers(Monitor, () => Reporter, _loggerFactory.CreateLogger("Wbs.AppHost"), time);
        _projects = new ProjectSupervisor(builder, EnvironmentOf, Monitor, () => Reporter, _loggerFactory, _http, time);
        _health = new HealthMonitor(builder.Resources, Monitor, () => Reporter, _http, time);
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

        await _servers.StartAsync(Resources, cancellationToken);
        await _projects.StartAsync(Resources, cancellationToken);
        _health.Start();

        foreach (var hook in _builder.LifecycleHooks)
        {
            await hook.AfterReadyAsync(this, cancellationToken);
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
        await _health.StopAsync();
        await _projects.StopAsync();
        await _servers.StopAsync(Resources);
        foreach (var hook in _builder.LifecycleHooks)
        {
            await hook.AfterStopAsync(this);
        }
        Reporter.Line("Stopped.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _http.Dispose();
        _loggerFactory.Dispose();
    }
}
