using Aspire.Hosting;

namespace Wbs.AppHost.Extensions;

/// <summary>PostgreSQL (one database per service) and RabbitMQ, as executables or as Aspire's containers.</summary>
public static class BackingServices
{
    public static readonly string[] DatabaseNames = ["intakedb", "identitydb", "casemanagementdb", "evidencedb", "notificationdb"];

    public static (IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases, IResourceBuilder<IResourceWithConnectionString> Messaging)
        AddExecutables(IDistributedApplicationBuilder builder, WbsSecrets secrets, IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> rabbitPassword)
    {
        var config = builder.Configuration;
        var postgres = builder.AddLocalPostgres("postgres", AppHostSettings.Port(config, "WBS_POSTGRES_PORT", 15432),
            postgresPassword, Path.Combine(AppHostSettings.DataDirectory(config), "postgres"));
        var messaging = builder.AddLocalRabbitMQ("messaging", AppHostSettings.Port(config, "WBS_RABBITMQ_PORT", 15672),
            AppHostSettings.Port(config, "WBS_RABBITMQ_MANAGEMENT_PORT", 15673), rabbitPassword, config.DataFolder("rabbitmq"));
        return (DatabaseNames.ToDictionary(n => n, n => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(n,
            builder.AddParameter($"{n}-password", secrets.DatabasePasswords[n], secret: true))), messaging);
    }

    /// <summary>Where a container engine exists: the same services against Aspire's own resources.</summary>
    public static (IReadOnlyDictionary<string, IResourceBuilder<IResourceWithConnectionString>> Databases, IResourceBuilder<IResourceWithConnectionString> Messaging)
        AddContainers(IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> postgresPassword, IResourceBuilder<ParameterResource> rabbitPassword)
    {
        var postgres = builder.AddPostgres("postgres", password: postgresPassword).WithDataVolume("wbs-postgres");
        var messaging = builder.AddRabbitMQ("messaging", password: rabbitPassword).WithDataVolume("wbs-rabbitmq").WithManagementPlugin();
        return (DatabaseNames.ToDictionary(n => n, n => (IResourceBuilder<IResourceWithConnectionString>)postgres.AddDatabase(n)), messaging);
    }
}
