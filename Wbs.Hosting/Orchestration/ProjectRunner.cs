using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Wbs.Hosting.ApplicationModel;
using Wbs.Hosting.Infrastructure;

namespace Wbs.Hosting.Orchestration;

/// <summary>
/// Runs one project and keeps it running: a crashed process is restarted after 1 s, 2 s, 4 s … (at most 60 s);
/// the back-off starts again once a process has stayed up for <c>StableAfter</c>.
/// </summary>
internal sealed class ProjectRunner(
    ProjectResource project,
    ResourceState state,
    IReadOnlyDictionary<string, string> environment,
    HttpClient http,
    ConsoleReporter reporter,
    ILogger logger,
    TimeProvider time,
    TimeSpan stableAfter)
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstHealthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ChildProcess? _current;
    private Task _supervision = Task.CompletedTask;

    public ProjectResource Project => project;
    public ChildProcess? Current => _current;

    /// <summary>Completes once the first process answers /health with 200.</summary>
    public Task FirstHealthy => _firstHealthy.Task;

    public void Start() => _supervision = Task.Run(SuperviseAsync);

    private async Task SuperviseAsync()
    {
        var backoff = TimeSpan.Zero;
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            ChildProcess process;
            try
            {
                process = Launch();
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
            {
                state.Status = ResourceStatus.Failed;
                state.Logs.Add($"Start failed: {e.Message}", time.GetUtcNow());
                _firstHealthy.TrySetException(new InvalidOperationException($"'{project.Name}' could not be started: {e.Message}", e));
                return;
            }
            var startedAt = time.GetUtcNow();
            _ = WaitHealthyAsync(process, token);
            await Task.WhenAny(process.Exited, Task.Delay(Timeout.Infinite, token));
            if (token.IsCancellationRequested)
            {
                break;
            }
            state.LastExitCode = process.ExitCode;
            backoff = RestartBackoff.Next(backoff, time.GetUtcNow() - startedAt, stableAfter);
            state.Status = ResourceStatus.Crashed;
            state.Restarts++;
            state.NextRestartAt = time.GetUtcNow() + backoff;
            reporter.Status(state, $"exit code {process.ExitCode}; restart in {backoff.TotalSeconds:0} s");
            logger.LogWarning("{Project} exited with code {ExitCode}; restarting in {Delay}", project.Name, process.ExitCode, backoff);
            _current = null;
            await process.DisposeAsync();
            try
            {
                await Task.Delay(backoff, time, token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            state.Status = ResourceStatus.Restarting;
            state.NextRestartAt = null;
        }
    }

    /// <summary>The dotnet host that runs us (or builds/tests us), else the one on PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    private ChildProcess Launch()
    {
        if (!File.Exists(project.AssemblyPath))
        {
            throw new InvalidOperationException(
                $"{project.AssemblyPath} does not exist: build the solution first (./wbs run builds it).");
        }
        var info = new ProcessStartInfo(DotnetHost) { WorkingDirectory = project.ProjectDirectory };
        info.ArgumentList.Add(project.AssemblyPath);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        var process = ChildProcess.Start(info, logger, line => state.Logs.Add(line, time.GetUtcNow()));
        _current = process;
        state.ProcessId = process.Id;
        state.StartedAt = time.GetUtcNow();
        state.BecameHealthyAt = null;
        if (state.Status != ResourceStatus.Restarting)
        {
            state.Status = ResourceStatus.Starting;
        }
        reporter.Status(state);
        return process;
    }

    /// <summary>Polls /health quickly until the fresh process answers 200 (then the health monitor takes over).</summary>
    private async Task WaitHealthyAsync(ChildProcess process, CancellationToken token)
    {
        while (!token.IsCancellationRequested && !process.HasExited)
        {
            var (healthy, report) = await HealthProbe.ProbeAsync(http, project.Url, token);
            if (healthy && !process.HasExited)
            {
                state.Status = ResourceStatus.Healthy;
                state.Health = report;
                state.HealthCheckedAt = state.BecameHealthyAt = time.GetUtcNow();
                reporter.Status(state);
                _firstHealthy.TrySetResult();
                return;
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), time, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        state.Status = ResourceStatus.Stopping;
        // The supervisor launches nothing once cancelled; after it returns, _current is the last process.
        await _supervision;
        if (_current is { } process)
        {
            await process.StopAsync(NativeSignals.SigTerm, TimeSpan.FromSeconds(15));
            await process.DisposeAsync();
            _current = null;
        }
        state.Status = ResourceStatus.Stopped;
        reporter.Status(state);
    }
}
