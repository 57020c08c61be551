using Aspire.Hosting;
using Aspire.Hosting.Eventing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

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
        ]);
        var server = new LocalPostgresResource(name, command, cluster.Directory, cluster, password.Resource);
        var healthKey = $"{name}_check";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthKey, _ => new PostgresHealthCheck(server), null, null));

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (_, ct) =>
            cluster.Initialize(await password.Resource.GetValueAsync(ct) ?? throw new InvalidOperationException("No PostgreSQL password.")));
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, async (e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            foreach (var database in server.Databases)
            {
                await CreateDatabaseAsync(server, database.DatabaseName, ct);
                await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running });
            }
        });

        return builder.AddResource(server)
            .WithArgs([.. args])
            .WithEndpoint(port: port, targetPort: port, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHealthCheck(healthKey)
            .WithRestartPolicy();
    }

    /// <summary>A database for one service, created (if missing) when the server is healthy.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new() { ResourceType = "PostgreSQLDatabase", State = KnownResourceStates.Waiting, Properties = [] });
    }

    private static async Task CreateDatabaseAsync(LocalPostgresResource server, string name, CancellationToken ct)
    {
        // Identifiers cannot be parameters; names come from the AppHost's own code.
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"Invalid database name '{name}'.", nameof(name));
        }
        await using var connection = new NpgsqlConnection(await server.AdminConnectionStringAsync(ct));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", connection);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }
}
