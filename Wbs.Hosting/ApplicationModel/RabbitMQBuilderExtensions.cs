namespace Wbs.Hosting.ApplicationModel;

public static class RabbitMQBuilderExtensions
{
    /// <summary>A RabbitMQ node with the management plugin; defaults: free ports, a random password.</summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this DistributedApplicationBuilder builder, string name,
        int? port = null, int? managementPort = null, string? password = null, string? dataDirectory = null) =>
        builder.AddResource(new RabbitMQServerResource(name,
            port ?? Infrastructure.PortAllocator.GetFreePort(),
            managementPort ?? Infrastructure.PortAllocator.GetFreePort(),
            password ?? SecretStore.NewPassword(),
            dataDirectory ?? Path.Combine(builder.DataDirectory, name)));
}
