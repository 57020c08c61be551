using Npgsql;

namespace Wbs.Hosting.ApplicationModel;

/// <summary>A PostgreSQL server run from the machine's binaries; data kept in <see cref="DataDirectory"/>.</summary>
public sealed class PostgresServerResource(string name, int port, string password, string dataDirectory) : IResource
{
    private readonly List<PostgresDatabaseResource> _databases = [];

    public string Name { get; } = name;
    public int Port { get; set; } = port;
    public string User { get; set; } = "wbs";
    public string Password { get; set; } = password;
    public string DataDirectory { get; set; } = dataDirectory;
    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    /// <summary>The running server, once started.</summary>
    public Infrastructure.PostgresServer? Server { get; internal set; }

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = User,
        Password = Password,
        Database = database,
    }.ConnectionString;

    internal void Add(PostgresDatabaseResource database) => _databases.Add(database);
}
