using Microsoft.Extensions.Logging;
using Wbs.Hosting.ApplicationModel;
using Wbs.Hosting.Infrastructure;

namespace Wbs.Hosting.Orchestration;

/// <summary>Starts PostgreSQL (with its databases) and RabbitMQ in parallel, and stops them again, then epmd if this run started it.</summary>
internal sealed class BackingServers(ResourceMonitor monitor, Func<ConsoleReporter> reporter, ILogger logger, TimeProvider time)
{
    private bool _startedEpmd;

    public Task StartAsync(IEnumerable<IResource> resources, CancellationToken cancellationToken) =>
        Task.WhenAll(resources.Select(r => r switch
        {
            PostgresServerResource pg => StartPostgresAsync(pg, cancellationToken),
            RabbitMQServerResource rabbit => StartRabbitMqAsync(rabbit, cancellationToken),
            _ => Task.CompletedTask,
        }));

    public async Task StopAsync(IEnumerable<IResource> resources)
    {
        await Task.WhenAll(resources.Select(async r =>
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
            await Epmd.KillAsync();
        }
    }

    private async Task StartPostgresAsync(PostgresServerResource pg, CancellationToken cancellationToken)
    {
        var state = monitor[pg.Name];
        state.Status = ResourceStatus.Starting;
        EnsurePortFree(pg.Name, pg.Port);
        var bufferLogger = new BufferLogger(state, logger, time);
        pg.Server = await PostgresServer.StartAsync(new PostgresOptions
        {
            DataDirectory = pg.DataDirectory,
            Port = pg.Port,
            User = pg.User,
            Password = pg.Password,
        }, bufferLogger, cancellationToken);
        state.ProcessId = pg.Server.ProcessId;
        state.Status = ResourceStatus.Running;
        foreach (var database in pg.Databases)
        {
            await pg.Server.CreateDatabaseAsync(database.DatabaseName, cancellationToken);
            var dbState = monitor[database.Name];
            dbState.Status = ResourceStatus.Healthy;
            dbState.Port = pg.Port;
        }
        state.Status = ResourceStatus.Healthy;
        reporter().Status(state, $"databases: {string.Join(", ", pg.Databases.Select(d => d.DatabaseName))}");
    }

    private async Task StartRabbitMqAsync(RabbitMQServerResource rabbit, CancellationToken cancellationToken)
    {
        var state = monitor[rabbit.Name];
        state.Status = ResourceStatus.Starting;
        EnsurePortFree(rabbit.Name, rabbit.Port);
        EnsurePortFree(rabbit.Name, rabbit.ManagementPort);
        _startedEpmd |= !PortAllocator.IsListening(Epmd.Port);
        rabbit.Server = await RabbitMqServer.StartAsync(new RabbitMqOptions
        {
            DataDirectory = rabbit.DataDirectory,
            Port = rabbit.Port,
            ManagementPort = rabbit.ManagementPort,
            User = rabbit.User,
            Password = rabbit.Password,
        }, new BufferLogger(state, logger, time), cancellationToken);
        state.ProcessId = rabbit.Server.ProcessId;
        state.Status = ResourceStatus.Healthy;
        reporter().Status(state);
    }

    private async Task StopServerAsync(string name, Func<ValueTask> dispose)
    {
        var state = monitor[name];
        state.Status = ResourceStatus.Stopping;
        await dispose();
        state.Status = ResourceStatus.Stopped;
        reporter().Status(state);
    }

    private static void EnsurePortFree(string name, int port)
    {
        if (PortAllocator.IsListening(port))
        {
            throw new InvalidOperationException(
                $"Port {port} for '{name}' is already in use (another AppHost still running?). Stop it or choose another port.");
        }
    }
}
