using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using Wbs.AppHost.Resources;

namespace Wbs.TestSupport.Infrastructure;

/// <summary>
/// A real RabbitMQ node run from Debian's package as a plain child process: the package's
/// <c>rabbitmq-server</c> script (not the /usr/sbin wrapper, which switches user) with every
/// folder private, AMQP and the management API on 127.0.0.1 only. As in the AppHost, the node has an epmd of its
/// own and a distribution port from <see cref="PortAllocator"/>: not the machine's shared epmd on 4369, and not
/// a port computed from the AMQP one, which could lie in the kernel's ephemeral range and be held by a connection.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string Script = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly RabbitMqOptions _options;
    private readonly ILogger _logger;
    private readonly HttpClient _management;
    private ChildProcess? _process;
    private ChildProcess? _epmd;
    private int _epmdPort;
    /// <summary>The node's last lines of output, told when it fails to start.</summary>
    private readonly ConcurrentQueue<string> _lastLines = new();

    private RabbitMqServer(RabbitMqOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _management = RabbitMQManagement.Client(RabbitMQManagement.Api(options.ManagementPort), options.User, options.Password);
    }

    public string DataDirectory => Path.GetFullPath(_options.DataDirectory);
    public int Port => _options.Port;
    public int ManagementPort => _options.ManagementPort;
    public bool IsRunning => _process is { HasExited: false };
    /// <summary>The process id of the started script (the Erlang VM is its child; see <see cref="ErlangProcessId"/>).</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>The Erlang VM's process id, from the pid file RabbitMQ writes once it runs.</summary>
    public int? ErlangProcessId =>
        File.Exists(Path.Combine(DataDirectory, "rabbitmq.pid")) && int.TryParse(File.ReadAllText(Path.Combine(DataDirectory, "rabbitmq.pid")).Trim(), out var pid)
            ? pid : null;

    public string AmqpUri(string virtualHost = "/") =>
        $"amqp://{Uri.EscapeDataString(_options.User)}:{Uri.EscapeDataString(_options.Password)}@127.0.0.1:{_options.Port}/{Uri.EscapeDataString(virtualHost)}";

    public static async Task<RabbitMqServer> StartAsync(RabbitMqOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var server = new RabbitMqServer(options, logger);
        await server.StartAgainAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the node (again, after <see cref="StopAsync"/>) on the same data.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Script))
        {
            throw new InvalidOperationException($"{Script} not found: apt-get install -y rabbitmq-server");
        }
        var root = DataDirectory;
        foreach (var dir in new[] { "mnesia", "log", "home" })
        {
            Directory.CreateDirectory(Path.Combine(root, dir));
        }
        await File.WriteAllTextAsync(Path.Combine(root, "enabled_plugins"), "[rabbitmq_management].", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(root, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{_options.Port}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {_options.ManagementPort}
            default_user = {_options.User}
            default_pass = {_options.Password}
            loopback_users = none
            log.console = true
            log.console.level = warning
            log.file = false
            """, cancellationToken);

        await StartEpmdAsync(cancellationToken);
        var info = new ProcessStartInfo(Script);
        var env = info.Environment;
        env["RABBITMQ_NODENAME"] = $"wbs{_options.Port}@localhost";
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = _options.Port.ToString();
        env["RABBITMQ_DIST_PORT"] = PortAllocator.GetFreePort().ToString();
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log");
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins");
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf");
        env["RABBITMQ_PID_FILE"] = Path.Combine(root, "rabbitmq.pid");
        env["HOME"] = Path.Combine(root, "home");
        env["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        env["ERL_EPMD_PORT"] = _epmdPort.ToString();
        env["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = Wbs.AppHost.Resources.RabbitMQBuilderExtensions.ErlangArguments;
        _lastLines.Clear();
        _process = ChildProcess.Start(info, _logger, Remember);

        var deadline = Stopwatch.StartNew();
        while (!await IsReadyAsync(cancellationToken))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"RabbitMQ exited with code {_process.ExitCode} while starting. Its last output:\n{string.Join('\n', _lastLines)}");
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(90))
            {
                throw new TimeoutException("RabbitMQ did not become ready within 90 s.");
            }
            await Task.Delay(250, cancellationToken);
        }
        _logger.LogInformation("RabbitMQ ready on 127.0.0.1:{Port} (management on {ManagementPort})", _options.Port, _options.ManagementPort);
    }

    /// <summary>The node's own epmd (the name server Erlang nodes register with), started once and kept across restarts.</summary>
    private async Task StartEpmdAsync(CancellationToken cancellationToken)
    {
        if (_epmd is { HasExited: false })
        {
            return;
        }
        _epmdPort = PortAllocator.GetFreePort();
        var info = new ProcessStartInfo("epmd") { ArgumentList = { "-address", "127.0.0.1", "-port", _epmdPort.ToString() } };
        _epmd = ChildProcess.Start(info, _logger, Remember);
        var deadline = Stopwatch.StartNew();
        while (!PortAllocator.IsListening(_epmdPort))
        {
            if (_epmd.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(20))
            {
                throw new InvalidOperationException($"epmd did not start on {_epmdPort}. Its output:\n{string.Join('\n', _lastLines)}");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    private void Remember(string line)
    {
        _lastLines.Enqueue(line);
        while (_lastLines.Count > 40)
        {
            _lastLines.TryDequeue(out _);
        }
    }

    /// <summary>A fresh virtual host the configured user may use fully: isolates queues between tests.</summary>
    public async Task<string> CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        var vhost = Uri.EscapeDataString(name);
        (await _management.PutAsync($"vhosts/{vhost}", null, cancellationToken)).EnsureSuccessStatusCode();
        var permissions = new StringContent("""{"configure":".*","write":".*","read":".*"}""", Encoding.UTF8, "application/json");
        (await _management.PutAsync($"permissions/{vhost}/{Uri.EscapeDataString(_options.User)}", permissions, cancellationToken))
            .EnsureSuccessStatusCode();
        return AmqpUri(name);
    }

    /// <summary>Management API GET (relative to /api/), for health views and tests.</summary>
    public Task<HttpResponseMessage> GetManagementAsync(string path, CancellationToken cancellationToken = default) =>
        _management.GetAsync(path, cancellationToken);

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(NativeSignals.SigTerm, TimeSpan.FromSeconds(30));
            await _process.DisposeAsync();
            _process = null;
        }
    }

    /// <summary>A test node's data is thrown away, so it is killed rather than shut down (which takes RabbitMQ seconds).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.KillAsync();
        }
        await StopAsync();
        if (_epmd is not null)
        {
            await _epmd.KillAsync();
            await _epmd.DisposeAsync();
        }
        _management.Dispose();
    }

    private async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        if (!PortAllocator.IsListening(_options.Port))
        {
            return false;
        }
        try
        {
            using var response = await _management.GetAsync("overview", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
