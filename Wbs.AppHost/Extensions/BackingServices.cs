using Aspire.Hosting;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// PostgreSQL (one database and role per service) and RabbitMQ (one user per service), as executables or as
/// Aspire's containers. <c>Brokers</c> maps each service to the broker connection it gets.
/// </summary>
public static class BackingServices
{
    public static readonly string[] DatabaseNames = ["intakedb", "identitydb", "casemanagementdb", "evidencedb", "notificationdb"];

    public static (IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases, IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Brokers)
        AddExecutables(IDistributedApplicationBuilder builder, WbsSecrets secrets, IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> rabbitPassword)
    {
        var config = builder.Configuration;
        var postgres = builder.AddLocalPostgres("postgres", AppHostSettings.Port(config, "WBS_POSTGRES_PORT", 15432),
            postgresPassword, Path.Combine(AppHostSettings.DataDirectory(config), "postgres"));
        var messaging = builder.AddLocalRabbitMQ("messaging", AppHostSettings.Port(config, "WBS_RABBITMQ_PORT", 15672),
            AppHostSettings.Port(config, "WBS_RABBITMQ_MANAGEMENT_PORT", 15673), rabbitPassword, config.DataFolder("rabbitmq"));
        return (DatabaseNames.ToDictionary(n => n, n => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(n,
            builder.AddParameter($"{n}-password", secrets.DatabasePasswords[n], secret: true))),
            BrokerUsers.All.ToDictionary(u => u.Service, u => (IResourceBuilder<IResourceWithConnectionString>)messaging.AddUser(u,
                builder.AddParameter($"messaging-{u.Service}-password", secrets.BrokerPasswords[u.Service], secret: true))));
    }

    /// <summary>Where a container engine exists: the same services against Aspire's own resources (one broker user for all, as yet).</summary>
    public static (IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases, IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Brokers)
        AddContainers(IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> rabbitPassword)
    {
        var postgres = builder.AddPostgres("postgres", password: postgresPassword).WithDataVolume("wbs-postgres");
        var messaging = builder.AddRabbitMQ("messaging", password: rabbitPassword).WithDataVolume("wbs-rabbitmq").WithManagementPlugin();
        return (DatabaseNames.ToDictionary(n => n, n => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(n)),
            BrokerUsers.All.ToDictionary(u => u.Service, _ => (IResourceBuilder<IResourceWithConnectionString>)messaging));
    }
}
