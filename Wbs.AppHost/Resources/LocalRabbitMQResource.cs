namespace Wbs.AppHost.Resources;

/// <summary>
/// RabbitMQ from Debian's package as an executable resource; its connection string is the
/// <c>amqp://</c> URI Aspire's RabbitMQ resource gives, its management UI an endpoint.
/// </summary>
public sealed class LocalRabbitMQResource(string name, string command, string workingDirectory, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "wbs";

    public ParameterResource Password { get; } = password;
    public EndpointReference PrimaryEndpoint => new(this, "tcp");
    public EndpointReference ManagementEndpoint => new(this, "management");
    /// <summary>The services' own users, created through the management API once the broker is healthy.</summary>
    public List<LocalRabbitMQUserResource> Users { get; } = [];

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{UserName}:{Password}@127.0.0.1:{PrimaryEndpoint.Property(EndpointProperty.Port)}/");
}
