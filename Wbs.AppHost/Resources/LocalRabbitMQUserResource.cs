namespace Wbs.AppHost.Resources;

/// <summary>
/// One service's RabbitMQ user on the broker (named after the service): it may declare, write and read only
/// what <see cref="BrokerUser"/> allows. Its connection string is the <c>amqp://</c> URI the service connects with;
/// the broker's own user stays for the management UI (ops). Created when the broker is first healthy.
/// </summary>
public sealed class LocalRabbitMQUserResource(string name, LocalRabbitMQResource parent, BrokerUser user, ParameterResource password)
    : Resource(name), IResourceWithParent<LocalRabbitMQResource>, IResourceWithConnectionString
{
    public LocalRabbitMQResource Parent { get; } = parent;
    public BrokerUser User { get; } = user;
    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://{User.Service}:{Password}@127.0.0.1:{Parent.PrimaryEndpoint.Property(EndpointProperty.Port)}/");
}
