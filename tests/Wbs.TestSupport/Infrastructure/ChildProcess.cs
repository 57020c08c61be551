using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Wbs.TestSupport.Infrastructure;

/// <summary>A started child process whose output lines go to a logger and an optional sink.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ILogger _logger;

    private ChildProcess(Process process, ILogger logger)
    {
        _process = process;
        _logger = logger;
    }

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public Task Exited { get; private set; } = Task.CompletedTask;

    public static ChildProcess Start(ProcessStartInfo info, ILogger logger, Action<string>? onLine = null)
    {
        info.UseShellExecute = false;
        DetachFromTerminalSignals(info);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        void Line(string? line)
        {
            if (line is null)
            {
                return;
            }
            onLine?.Invoke(line);
            logger.LogDebug("{Line}", line);
        }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, logger) { Exited = exited.Task };
    }

    /// <summary>
    /// Starts the child in its own session (setsid execs in place: same pid), so a Ctrl-C in the terminal
    /// reaches only the orchestrator, which then stops children in order instead of all dying at once.
    /// </summary>
    private static void DetachFromTerminalSignals(ProcessStartInfo info)
    {
        const string setsid = "/usr/bin/setsid";
        if (!OperatingSystem.IsLinux() || !File.Exists(setsid) || info.FileName == setsid)
        {
            return;
        }
        if (info.ArgumentList.Count == 0 && !string.IsNullOrEmpty(info.Arguments))
        {
            info.Arguments = $"\"{info.FileName}\" {info.Arguments}";
        }
        else
        {
            info.ArgumentList.Insert(0, info.FileName);
        }
        info.FileName = setsid;
    }

    /// <summary>Asks politely with <paramref name="signal"/>, then kills the whole tree after the grace period.</summary>
    public async Task StopAsync(int signal = NativeSignals.SigTerm, TimeSpan? grace = null)
    {
        if (_process.HasExited)
        {
            return;
        }
        NativeSignals.Send(_process.Id, signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace ?? TimeSpan.FromSeconds(15))) != Exited)
        {
            _logger.LogWarning("Process {Pid} did not stop in time; killing it", _process.Id);
            await KillAsync();
        }
    }

    /// <summary>Kills the whole tree at once: for throwaway servers whose data is deleted next.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await Exited.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }
}
