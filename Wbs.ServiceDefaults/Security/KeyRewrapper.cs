using System.Buffers.Binary;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Wbs.ServiceDefaults.Security;

/// <summary>
/// Moves every value of the registered <see cref="SealedColumn"/>s that is wrapped under an older key of its ring
/// to the ring's current key, in batches, while the service runs: only the wrapped data key changes, and a row
/// changed meanwhile is left for the next run. Once nothing is left under an older key, that key can be retired.
/// </summary>
public sealed class KeyRewrapper<TContext>(TContext db, IEnumerable<SealedColumn> columns, IServiceProvider services) where TContext : DbContext
{
    private const int BatchSize = 200;

    /// <returns>How many values were re-wrapped.</returns>
    public async Task<int> RewrapAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var column in columns.Where(c => c.Context == typeof(TContext)))
            {
                total += await RewrapAsync(column, services.GetRequiredKeyedService<EnvelopeCipher>(column.Purpose), cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return total;
    }

    private async Task<int> RewrapAsync(SealedColumn column, EnvelopeCipher cipher, CancellationToken cancellationToken)
    {
        // A ring of one key has nothing under an older one (a value under a key no longer held cannot be opened anyway):
        // no look through the whole table every minute, which at a million reports is a scan of every row per column.
        if (!cipher.HoldsOlderKeys)
        {
            return 0;
        }
        var entity = db.Model.FindEntityType(column.Entity) ?? throw new InvalidOperationException($"{column.Entity.Name} is not in {typeof(TContext).Name}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var keys = entity.FindPrimaryKey()!.Properties.Select(p => Quote(p.GetColumnName(table)!)).ToList();
        var value = Quote(entity.FindProperty(column.Property)!.GetColumnName(table)!);
        var from = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var current = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(current, cipher.CurrentKeyId);

        var done = 0;
        while (true)
        {
            var rows = new List<(object[] Key, byte[] Value)>();
            await using (var select = Command($"SELECT {string.Join(", ", keys)}, {value} FROM {from} WHERE octet_length({value}) >= {EnvelopeCipher.HeaderSize} " +
                $"AND substring({value} from 2 for 4) <> @current LIMIT {BatchSize}", ("current", current)))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((Enumerable.Range(0, keys.Count).Select(reader.GetValue).ToArray(), (byte[])reader.GetValue(keys.Count)));
                }
            }
            foreach (var (key, old) in rows)
            {
                var parameters = key.Select((k, i) => ($"k{i}", k)).Append(("old", (object)old)).Append(("new", cipher.Rewrap(old))).ToArray();
                await using var update = Command($"UPDATE {from} SET {value} = @new WHERE {string.Join(" AND ", keys.Select((k, i) => $"{k} = @k{i}"))} AND {value} = @old", parameters);
                done += await update.ExecuteNonQueryAsync(cancellationToken);
            }
            if (rows.Count < BatchSize)
            {
                return done;
            }
        }
    }

    private DbCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
