using Microsoft.Extensions.Logging;
using Wbs.TestSupport.Infrastructure;
using Xunit;

namespace Wbs.TestSupport;

/// <summary>
/// One real PostgreSQL and one real RabbitMQ per test assembly, started with the AppHost's own
/// provisioning code. Use <c>[assembly: AssemblyFixture(typeof(InfrastructureFixture))]</c>; each test
/// class takes a fresh database and a fresh virtual host, so classes never see each other's data.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wbs-tests", Guid.NewGuid().ToString("N")[..12]);

    public ILoggerFactory Logs { get; } = LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
    public PostgresServer Postgres { get; private set; } = null!;
    public RabbitMqServer RabbitMq { get; private set; } = null!;

    /// <summary>The folder under which the servers keep their data (tests search it for leaked plaintext).</summary>
    public string DataRoot => _root;

    public async ValueTask InitializeAsync()
    {
        var logger = Logs.CreateLogger("infrastructure");
        var postgres = PostgresServer.StartAsync(new PostgresOptions
        {
            DataDirectory = Path.Combine(_root, "postgres"),
            Port = PortAllocator.GetFreePort(),
            Password = TestKeys.NewPassword(),
            Durable = false,
        }, logger);
        var rabbit = StartRabbitMqAsync(Path.Combine(_root, "rabbitmq"), logger);
        Postgres = await postgres;
        RabbitMq = await rabbit;
    }

    /// <summary>Another RabbitMQ node, for tests that stop and restart the broker.</summary>
    public Task<RabbitMqServer> StartRabbitMqAsync(string? dataDirectory = null, ILogger? logger = null) =>
        RabbitMqServer.StartAsync(new RabbitMqOptions
        {
            DataDirectory = dataDirectory ?? Path.Combine(_root, $"rabbitmq-{Guid.NewGuid():N}"),
            Port = PortAllocator.GetFreePort(),
            ManagementPort = PortAllocator.GetFreePort(),
            Password = TestKeys.NewPassword(),
        }, logger ?? Logs.CreateLogger("rabbitmq"));

    /// <summary>A fresh, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await Postgres.CreateDatabaseAsync(name);
        return Postgres.ConnectionString(name);
    }

    /// <summary>A fresh virtual host; returns its amqp:// URI.</summary>
    public Task<string> CreateVirtualHostAsync() => RabbitMq.CreateVirtualHostAsync($"t-{Guid.NewGuid():N}");

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(
            RabbitMq?.DisposeAsync().AsTask() ?? Task.CompletedTask,
            Postgres?.DisposeAsync().AsTask() ?? Task.CompletedTask);
        Logs.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A straggling server process may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
