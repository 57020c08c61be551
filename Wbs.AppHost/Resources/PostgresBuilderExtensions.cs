using Aspire.Hosting;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Wbs.AppHost.Resources;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// PostgreSQL as an executable resource on 127.0.0.1:<paramref name="port"/>, its cluster under
    /// <paramref name="dataDirectory"/> (initdb on first start), healthy once it accepts a login.
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name,
        int port, IResourceBuilder<ParameterResource> password, string dataDirectory)
    {
        var cluster = new PostgresCluster(dataDirectory);
        var (command, args) = PostgresCluster.AsServiceUser(PostgresCluster.Binary("postgres"),
        [
            "-D", cluster.DataDirectory, "-p", port.ToString(), "-c", "listen_addresses=127.0.0.1",
            "-c", $"unix_socket_directories={cluster.SocketDirectory}", "-c", "log_connections=off",
            "-c", "log_min_messages=warning", "-c", "max_connections=300",
            "-c", $"shared_buffers={SharedBuffersMegabytes()}MB",
            // pg_prewarm's worker writes down which pages are cached and reads them back after a restart, so a restarted
            // system answers as fast as before, not from disk until every page was asked for once.
            "-c", "shared_preload_libraries=pg_prewarm",
        ]);
        var server = new LocalPostgresResource(name, command, cluster.Directory, cluster, password.Resource);
        var healthKey = $"{name}_check";
        PatientHealthCheck.Register(builder, healthKey, () => new PostgresHealthCheck(server));

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (_, ct) =>
            cluster.Initialize(await password.Resource.GetValueAsync(ct) ?? throw new InvalidOperationException("No PostgreSQL password.")));
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            foreach (var database in server.Databases)
            {
                // A failure here would leave every service waiting for ever: retried, then shown as failed.
                try
                {
                    await PreparationRetry(log, database).ExecuteAsync(async token => await PostgresRoles.EnsureDatabaseAsync(server, database, token), ct);
                    await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
                }
                catch (NpgsqlException ex)
                {
                    log.LogError("Preparing {Database} failed: {Message}", database.DatabaseName, ex.Message);
                    await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.FailedToStart });
                    throw;
                }
            }
        });

        return builder.AddResource(server)
            .WithArgs([.. args])
            .WithEndpoint(port: port, targetPort: port, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthKey)
            .WithRestartPolicy();
    }

    /// <summary>
    /// A quarter of the machine's memory, between PostgreSQL's default of 128 MB and 4 GB: the usual advice for a database
    /// server, where the default holds little of a large tenant. A title search at a million reports reads about a thousand
    /// random pages; from PostgreSQL's cache that took 3 ms, read from the operating system's about 12 ms (EXPLAIN ANALYZE
    /// on this machine). Buffers never used take no memory.
    /// </summary>
    private static long SharedBuffersMegabytes() =>
        Math.Clamp(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 / (1024 * 1024), 128, 4096);

    private static ResiliencePipeline PreparationRetry(ILogger log, LocalPostgresDatabaseResource database) =>
        new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(),
            MaxRetryAttempts = 9,
            Delay = TimeSpan.FromSeconds(1),
            BackoffType = DelayBackoffType.Constant,
            OnRetry = retry =>
            {
                log.LogWarning("Preparing {Database} failed ({Message}); attempt {Attempt} again",
                    database.DatabaseName, retry.Outcome.Exception?.Message, retry.AttemptNumber + 2);
                return default;
            },
        }).Build();

    /// <summary>A database for one service and its owning role, created (if missing) when the server is healthy.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name,
        IResourceBuilder<ParameterResource> password)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource, password.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new() { ResourceType = "PostgreSQLDatabase", State = KnownResourceStates.Waiting, Properties = [] });
    }
}
