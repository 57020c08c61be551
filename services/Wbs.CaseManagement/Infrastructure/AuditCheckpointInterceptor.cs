using Wbs.ServiceDefaults.Data;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>Advances the checkpoint of every tenant whose chain grew, once the transaction that appended to it has committed.</summary>
public sealed class AuditCheckpointInterceptor(AuditCheckpoints checkpoints) : AfterCommitInterceptor<Dictionary<string, AuditHead>>
{
    protected override Dictionary<string, AuditHead>? Collect(DbContext context, Dictionary<string, AuditHead>? pending)
    {
        var added = context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return pending;
        }
        var heads = pending ?? [];
        foreach (var entry in added)
        {
            if (!heads.TryGetValue(entry.Tenant, out var head) || head.Sequence < entry.Sequence)
            {
                heads[entry.Tenant] = new AuditHead(entry.Sequence, entry.Hash);
            }
        }
        return heads;
    }

    protected override void Committed(Dictionary<string, AuditHead> pending)
    {
        foreach (var (tenant, head) in pending)
        {
            checkpoints.Advance(tenant, head);
        }
    }
}
