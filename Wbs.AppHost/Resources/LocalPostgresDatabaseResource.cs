namespace Wbs.AppHost.Resources;

/// <summary>
/// One service's database on the server and the role that owns it (same name): the service logs in
/// as that role, which may connect to no other database. Created when the server is first healthy.
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource parent, ParameterResource password)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;
    public string DatabaseName => Name;
    public string RoleName => Name;
    public ParameterResource Password { get; } = password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Username={RoleName};Password={Password};Database={DatabaseName}");
}
