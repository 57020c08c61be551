namespace Wbs.AppHost.Resources;

/// <summary>
/// PostgreSQL from the machine's Debian binaries as an executable resource (no container engine
/// here), exposing its connection string the way Aspire's own PostgreSQL resource does.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, PostgresCluster cluster, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string UserName = "postgres";

    public PostgresCluster Cluster { get; } = cluster;
    public ParameterResource Password { get; } = password;
    public EndpointReference PrimaryEndpoint => new(this, "tcp");
    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    /// <summary>Unpooled: a pooled connection could outlive a server that was killed and restarted.</summary>
    public async Task<string> AdminConnectionStringAsync(CancellationToken cancellationToken) =>
        $"{await ConnectionStringExpression.GetValueAsync(cancellationToken)};Database=postgres;Pooling=false;Timeout=5";

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");
}
