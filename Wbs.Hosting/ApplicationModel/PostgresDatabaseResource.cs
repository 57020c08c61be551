namespace Wbs.Hosting.ApplicationModel;

/// <summary>A database on a <see cref="PostgresServerResource"/>, created at start if missing.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent) : IResourceWithConnectionString
{
    public string Name { get; } = name;
    public string DatabaseName { get; } = databaseName;
    public PostgresServerResource Parent { get; } = parent;

    public string GetConnectionString() => Parent.ConnectionStringFor(DatabaseName);
}
