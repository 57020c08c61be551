namespace Wbs.Hosting.ApplicationModel;

public static class PostgresBuilderExtensions
{
    /// <summary>A PostgreSQL server; defaults: a free port, a random password, data under the app's data folder.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name,
        int? port = null, string? password = null, string? dataDirectory = null) =>
        builder.AddResource(new PostgresServerResource(name,
            port ?? Infrastructure.PortAllocator.GetFreePort(),
            password ?? SecretStore.NewPassword(),
            dataDirectory ?? Path.Combine(builder.DataDirectory, name)));

    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> builder,
        string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.Add(database);
        return builder.ApplicationBuilder.AddResource(database);
    }
}
