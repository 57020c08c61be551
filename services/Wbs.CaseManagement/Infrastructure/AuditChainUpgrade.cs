namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// Once, at the first start with a chain key: a tenant's chain written before the key existed (unkeyed
/// SHA-256) is checked and, if intact and never checkpointed, re-linked with the key and checkpointed.
/// A broken old chain is left as it is, so verify keeps reporting it; a checkpointed tenant is never re-keyed.
/// </summary>
public sealed class AuditChainUpgrade(IServiceProvider services, AuditChain chain, AuditCheckpoints checkpoints,
    ILogger<AuditChainUpgrade> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseDbContext>();
        var tenants = await db.Audit.AsNoTracking().Select(a => a.Tenant).Distinct().ToListAsync(cancellationToken);
        foreach (var tenant in tenants.Where(t => checkpoints.Read(t) is null))
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"audit:" + tenant}))", cancellationToken);
            var entries = await db.Audit.Where(a => a.Tenant == tenant).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
            if (entries.Count == 0 || chain.FirstBroken(entries) is null
                || AuditChain.FirstBroken(entries, AuditChain.ComputeLegacyHash) is not null)
            {
                continue;
            }
            AuditEntry? previous = null;
            foreach (var entry in entries)
            {
                entry.PreviousHash = previous?.Hash ?? AuditChain.Genesis;
                entry.Hash = chain.ComputeHash(entry);
                previous = entry;
            }
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            checkpoints.Advance(tenant, new AuditHead(previous!.Sequence, previous.Hash));
            logger.LogInformation("Audit chain of {Tenant} re-linked with the chain key ({Count} entries)", tenant, entries.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
