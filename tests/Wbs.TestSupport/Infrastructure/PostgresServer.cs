using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Wbs.TestSupport.Infrastructure;

/// <summary>
/// A real PostgreSQL server run as a plain child process from the machine's binaries, the way
/// Aspire runs a container: initdb on first start, listening on 127.0.0.1 only, password auth.
/// PostgreSQL refuses to run as root, so under root it runs as the <c>postgres</c> user; when that
/// user cannot reach <see cref="PostgresOptions.DataDirectory"/> (a checkout under /root, say), the
/// cluster lives in a folder made for it under /var/lib/wbs, and the log says where.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly PostgresOptions _options;
    private readonly ILogger _logger;
    private ChildProcess? _process;

    private PostgresServer(PostgresOptions options, string clusterDirectory, ILogger logger)
    {
        _options = options;
        ClusterDirectory = clusterDirectory;
        _logger = logger;
    }

    public string ClusterDirectory { get; }
    public int Port => _options.Port;
    /// <summary>The postmaster's process id while it runs.</summary>
    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _options.Port,
        Username = _options.User,
        Password = _options.Password,
        Database = database,
        // Every test host gets a fresh database, hence a pool of its own: idle connections close within
        // seconds (not Npgsql's 5 minutes), so a long test project never runs into max_connections.
        ConnectionIdleLifetime = 3,
        ConnectionPruningInterval = 1,
    }.ConnectionString;

    public static async Task<PostgresServer> StartAsync(PostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        var cluster = ResolveClusterDirectory(options.DataDirectory, logger);
        var server = new PostgresServer(options, cluster, logger);
        await server.InitializeAsync(cancellationToken);
        await server.RunAsync(cancellationToken);
        return server;
    }

    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // Identifiers cannot be parameters; names come from our own code and are checked.
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException($"Invalid database name '{name}'.", nameof(name));
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (_process is not null)
        {
            // SIGINT is PostgreSQL's "fast" shutdown: clean, without waiting for clients.
            await _process.StopAsync(NativeSignals.SigInt, TimeSpan.FromSeconds(20));
            await _process.DisposeAsync();
            _process = null;
            // Pooled connections to this server are dead now; a server started again on the same port
            // (same connection strings) must not be handed one of them.
            NpgsqlConnection.ClearAllPools();
        }
    }

    /// <summary>Unpooled: a pooled connection could outlive a previous server on the same port.</summary>
    private string AdminConnectionString => ConnectionString("postgres") + ";Pooling=false";

    /// <summary>A throwaway cluster (not <see cref="PostgresOptions.Durable"/>) is killed: its folder is deleted next.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_options.Durable && _process is not null)
        {
            await _process.KillAsync();
        }
        await StopAsync();
    }

    private static string ResolveClusterDirectory(string dataDirectory, ILogger logger)
    {
        var full = Path.GetFullPath(dataDirectory);
        if (!NativeSignals.IsRoot)
        {
            return full;
        }
        Directory.CreateDirectory(full);
        // Only the way in matters: the cluster folder itself is handed to the service user below.
        var parent = Path.GetDirectoryName(full) ?? "/";
        if (Run("setpriv", ["--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "test", "-x", parent]) == 0)
        {
            return full;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        var fallback = Path.Combine("/var/lib/wbs", $"postgres-{hash}");
        logger.LogWarning("User {User} cannot reach {Requested}; PostgreSQL data is kept in {Fallback}", ServiceUser, full, fallback);
        Directory.CreateDirectory(fallback);
        File.WriteAllText(Path.Combine(full, "LOCATION.txt"), $"PostgreSQL data for this folder is kept in {fallback}\n");
        return fallback;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(ClusterDirectory);
        var pgdata = Path.Combine(ClusterDirectory, "pgdata");
        if (File.Exists(Path.Combine(pgdata, "PG_VERSION")))
        {
            return;
        }
        var passwordFile = Path.Combine(ClusterDirectory, ".pwfile");
        await File.WriteAllTextAsync(passwordFile, _options.Password, cancellationToken);
        try
        {
            ChownForService(ClusterDirectory);
            var code = Run(Binary("initdb"), ["-D", pgdata, "-U", _options.User, "--pwfile", passwordFile,
                "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C", "--no-instructions"], asService: true, logger: _logger);
            if (code != 0)
            {
                throw new InvalidOperationException($"initdb failed with exit code {code}; see the log above.");
            }
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var socketDir = Path.Combine(ClusterDirectory, "run");
        Directory.CreateDirectory(socketDir);
        ChownForService(socketDir);
        List<string> args = ["-D", Path.Combine(ClusterDirectory, "pgdata"), "-p", _options.Port.ToString(),
            "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={socketDir}",
            "-c", "log_connections=off", "-c", "log_min_messages=warning", "-c", "max_connections=300"];
        if (!_options.Durable)
        {
            args.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        _process = ChildProcess.Start(StartInfo(Binary("postgres"), args, asService: true), _logger);

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"PostgreSQL exited with code {_process.ExitCode} while starting; see the log.");
            }
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(cancellationToken);
                _logger.LogInformation("PostgreSQL ready on 127.0.0.1:{Port} ({Directory})", _options.Port, ClusterDirectory);
                return;
            }
            catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static string Binary(string name)
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
            : Enumerable.Empty<string>();
        return versions.Select(d => Path.Combine(d, "bin", name)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"PostgreSQL's {name} was not found: apt-get install -y postgresql");
    }

    private static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, bool asService)
    {
        var info = new ProcessStartInfo(asService && NativeSignals.IsRoot ? "setpriv" : file);
        if (asService && NativeSignals.IsRoot)
        {
            // setpriv execs in place (unlike runuser), so signals reach postgres itself.
            foreach (var a in new[] { "--reuid", ServiceUser, "--regid", ServiceUser, "--init-groups", "--", file })
            {
                info.ArgumentList.Add(a);
            }
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        return info;
    }

    private static int Run(string file, IEnumerable<string> args, bool asService = false, ILogger? logger = null)
    {
        var info = asService ? StartInfo(file, args, asService: true) : StartInfo(file, args, asService: false);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && logger is not null)
        {
            logger.LogError("{File} failed: {Output} {Error}", Path.GetFileName(file), output.Result, error);
        }
        return process.ExitCode;
    }

    private static void ChownForService(string path)
    {
        if (NativeSignals.IsRoot)
        {
            Run("chown", ["-R", $"{ServiceUser}:{ServiceUser}", path]);
            Run("chmod", ["700", path]);
        }
    }
}
