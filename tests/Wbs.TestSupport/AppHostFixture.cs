using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Wbs.Hosting.Infrastructure;
using Xunit;

namespace Wbs.TestSupport;

/// <summary>
/// The whole system, started the way <c>./wbs run</c> starts it: the built AppHost process with a
/// temporary data folder and free ports, in Development (seeded staff, dev-credentials.json).
/// Tests drive it through the gateway only. Requires a built solution.
/// </summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private const string ReadyLine = "WBS is ready";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "wbs-e2e", Guid.NewGuid().ToString("N")[..12]);
    private readonly StringBuilder _output = new();
    private readonly ConcurrentDictionary<string, long> _lastTotpStep = new();
    private readonly SemaphoreSlim _loginGate = new(1, 1);
    private Process? _process;

    public string GatewayUrl { get; private set; } = "";
    public string DataDirectory => _dataDir;
    public DevCredentials Credentials { get; private set; } = null!;

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(GatewayUrl), Timeout = TimeSpan.FromSeconds(60) };

    public async ValueTask InitializeAsync()
    {
        var root = FindRepositoryRoot();
        var dll = Path.Combine(root, "Wbs.AppHost", "bin", "Debug", "net10.0", "Wbs.AppHost.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first (./wbs test does).");
        }
        Directory.CreateDirectory(_dataDir);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.Environment["WBS_DATA_DIR"] = _dataDir;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["WBS_GATEWAY_PORT"] = PortAllocator.GetFreePort().ToString();
        info.Environment["WBS_DASHBOARD_PORT"] = PortAllocator.GetFreePort().ToString();
        info.Environment["WBS_POSTGRES_PORT"] = PortAllocator.GetFreePort().ToString();
        info.Environment["WBS_RABBITMQ_PORT"] = FreePortBelow(45000).ToString();
        info.Environment["WBS_RABBITMQ_MANAGEMENT_PORT"] = PortAllocator.GetFreePort().ToString();

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_output)
            {
                _output.AppendLine(line);
            }
            if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The AppHost exited early:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromMinutes(5))) != ready.Task)
        {
            throw new TimeoutException($"The AppHost was not ready within 5 minutes:\n{Output}");
        }
        await ready.Task;
        Credentials = DevCredentials.Read(Path.Combine(_dataDir, "dev-credentials.json"));
        GatewayUrl = Credentials.Gateway.TrimEnd('/');
    }

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

    /// <summary>
    /// Signs a seeded staff member in with password and a fresh TOTP code. A code's time step is
    /// accepted once per user, so a second login of the same user waits for the next step.
    /// </summary>
    public async Task<string> StaffTokenAsync(string tenant, string role)
    {
        var staff = Credentials.For(tenant, role);
        await _loginGate.WaitAsync();
        try
        {
            var step = TestTotp.Step(DateTimeOffset.UtcNow);
            while (_lastTotpStep.TryGetValue(staff.Username, out var used) && used >= step)
            {
                await Task.Delay(1000);
                step = TestTotp.Step(DateTimeOffset.UtcNow);
            }
            _lastTotpStep[staff.Username] = step;
            using var client = CreateClient();
            var response = await client.PostAsJsonAsync($"/api/{tenant}/staff/sessions",
                new { username = staff.Username, password = staff.Password, totp = TestTotp.ComputeForStep(staff.TotpSecret, step) });
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Staff login of {staff.Username} failed: {(int)response.StatusCode} {body}");
            }
            return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
        }
        finally
        {
            _loginGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            NativeSignals.Send(_process.Id, NativeSignals.SigTerm);
            if (!_process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // PostgreSQL's files belong to its own user; the temp folder is cleaned by the OS.
        }
    }

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wbs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Wbs.sln not found above the test assembly.");
    }

    /// <summary>RabbitMQ also takes its port + 20000 for node distribution, so its port must leave room.</summary>
    private static int FreePortBelow(int limit)
    {
        for (var i = 0; i < 100; i++)
        {
            var port = PortAllocator.GetFreePort();
            if (port < limit && !PortAllocator.IsListening(port + 20000))
            {
                return port;
            }
        }
        return 25672 + Random.Shared.Next(1000);
    }
}
