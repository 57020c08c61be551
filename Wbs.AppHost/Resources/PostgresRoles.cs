using Npgsql;

namespace Wbs.AppHost.Resources;

/// <summary>
/// One login role per service database: it owns its database and everything in it, cannot create
/// databases or roles, and no other role but the superuser may connect to its database. A database
/// made by an earlier run as the superuser is handed over to its role, objects included.
/// </summary>
public static class PostgresRoles
{
    public static async Task EnsureDatabaseAsync(LocalPostgresResource server, LocalPostgresDatabaseResource database, CancellationToken ct)
    {
        var name = Identifier(database.DatabaseName);
        var role = Identifier(database.RoleName);
        // DDL takes no parameters: the password is the AppHost's own hex secret, checked before use.
        var password = await database.Password.GetValueAsync(ct) ?? throw new InvalidOperationException($"No password for {role}.");
        if (!password.All(char.IsAsciiLetterOrDigit))
        {
            throw new InvalidOperationException($"The password of {role} must be letters and digits.");
        }

        await using (var admin = new NpgsqlConnection(await server.AdminConnectionStringAsync(ct)))
        {
            await admin.OpenAsync(ct);
            var roleExists = await ScalarAsync(admin, "SELECT 1 FROM pg_roles WHERE rolname = @n", role, ct);
            await ExecuteAsync(admin, $"{(roleExists ? "ALTER" : "CREATE")} ROLE \"{role}\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '{password}'", ct);
            var databaseExists = await ScalarAsync(admin, "SELECT 1 FROM pg_database WHERE datname = @n", name, ct);
            await ExecuteAsync(admin, databaseExists ? $"ALTER DATABASE \"{name}\" OWNER TO \"{role}\"" : $"CREATE DATABASE \"{name}\" OWNER \"{role}\"", ct);
            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE \"{name}\" FROM PUBLIC", ct);
            await ExecuteAsync(admin, $"GRANT CONNECT, TEMPORARY ON DATABASE \"{name}\" TO \"{role}\"", ct);
        }

        var inDatabase = new NpgsqlConnectionStringBuilder(await server.AdminConnectionStringAsync(ct)) { Database = name };
        await using var connection = new NpgsqlConnection(inDatabase.ConnectionString);
        await connection.OpenAsync(ct);
        // Tables first (their identity sequences follow them), then what is still someone else's.
        await ExecuteAsync(connection, $"""
            DO $$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> '{role}' LOOP
                EXECUTE format('ALTER TABLE public.%I OWNER TO %I', r.relname, '{role}');
              END LOOP;
              FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> '{role}' LOOP
                EXECUTE format('ALTER SEQUENCE public.%I OWNER TO %I', r.relname, '{role}');
              END LOOP;
              FOR r IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                       WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '{role}' LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO %I', r.signature, '{role}');
              END LOOP;
            END $$
            """, ct);
    }

    private static string Identifier(string name) =>
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? name
            : throw new ArgumentException($"Invalid PostgreSQL name '{name}'.", nameof(name));

    private static async Task<bool> ScalarAsync(NpgsqlConnection connection, string sql, string value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("n", value);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
