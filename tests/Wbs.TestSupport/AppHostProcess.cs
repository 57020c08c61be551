using Wbs.AppHost.Extensions;
using Wbs.TestSupport.Infrastructure;
using System.Diagnostics;
using System.Text;

namespace Wbs.TestSupport;

/// <summary>The built AppHost run as its own process, the way <c>./wbs run</c> runs it.</summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private AppHostProcess(Process process) => _process = process;

    public int Pid => _process.Id;
    public IReadOnlyDictionary<string, string> Settings { get; private init; } = new Dictionary<string, string>();

    /// <summary>What names this run in its processes (see <see cref="SystemProcesses"/>).</summary>
    public string[] Markers =>
    [
        Settings["WBS_DATA_DIR"],
        $"127.0.0.1:{Settings["WBS_OTLP_PORT"]}",
        $"127.0.0.1:{Settings["WBS_DASHBOARD_PORT"]}",
        $"127.0.0.1:{Settings["WBS_GATEWAY_PORT"]}",
    ];

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the AppHost on <paramref name="dataDirectory"/>; <paramref name="reuse"/> keeps an earlier run's ports (as <c>./wbs run</c> keeps its own).</summary>
    public static async Task<AppHostProcess> StartAsync(string dataDirectory, CancellationToken ct, IReadOnlyDictionary<string, string>? reuse = null)
    {
        var root = AppHostFixture.FindRepositoryRoot();
        // The bench (WBS_READY_TO_RUN=true) starts the ReadyToRun publish, as ./wbs run does.
        var readyToRun = Environment.GetEnvironmentVariable("WBS_READY_TO_RUN") == "true";
        var dll = Path.Combine(Wbs.AppHost.Resources.ServiceBuilderExtensions.OutputFolder(Path.Combine(root, "Wbs.AppHost"), readyToRun), "Wbs.AppHost.dll");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        var settings = reuse?.ToDictionary() ?? AppHostFixture.Arguments(dataDirectory).Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var host = new AppHostProcess(process) { Settings = settings };
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (host._output)
            {
                host._output.AppendLine(line);
            }
            if (line.StartsWith(ReadyAnnouncer.ReadyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The AppHost exited early:\n{host.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(5), ct);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Stopped, not left running: a run that never became ready kept its broker and services alive through the
            // test projects after it, and their own brokers then failed to start.
            var output = host.Output;
            await host.DisposeAsync();
            throw new TimeoutException($"The AppHost did not announce that it is ready within 5 minutes; its output ends:\n{output[^Math.Min(8_000, output.Length)..]}", e);
        }
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            NativeSignals.Send(_process.Id, NativeSignals.SigTerm);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        await Task.CompletedTask;
        _process.Dispose();
    }
}
