using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;

namespace Wbs.CaseManagement.Services;

/// <summary>
/// Finds open cases that entered a reminder stage and publishes <see cref="SlaDeadlineApproaching"/>
/// once per (case, stage). The reminder row is inserted with <c>ON CONFLICT DO NOTHING</c> in the same
/// transaction as the outbox row, so several instances scanning together send each reminder once.
/// </summary>
public sealed class SlaReminderScanner(CaseDbContext db, TimeProvider clock, IOptions<CaseManagementOptions> options,
    TenantCatalog tenants, ILogger<SlaReminderScanner> logger)
{
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var days = options.Value.SlaReminderDays;
        // Working days stretch over weekends and holiday weeks: look further ahead, the stage decides.
        var horizon = now.AddDays(days.DefaultIfEmpty(0).Max() * 2 + 14);
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Rejected && c.ResponseDueAt <= horizon)
            // Overdue is the last stage: a case reminded of it has nothing more to send. Without this, every scan walked
            // every overdue case ever left open, one transaction each (in a bench tenant of a million, half a million).
            .Where(c => !db.SlaReminders.Any(r => r.CaseId == c.Id && r.Stage == SlaRules.OverdueStage))
            .Select(c => new { c.Id, c.Tenant, c.TrackingNumber, c.ResponseDueAt, c.AssigneeId })
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var c in candidates)
        {
            var deadline = tenants.Find(c.Tenant) is { } tenant ? ResponseDeadline.For(tenant) : null;
            var daysLeft = deadline?.DaysLeft(c.ResponseDueAt, now) ?? SlaRules.DaysLeft(c.ResponseDueAt, now);
            if (SlaRules.CurrentStage(now >= c.ResponseDueAt, daysLeft, days) is not { } stage)
            {
                continue;
            }
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO sla_reminders (case_id, stage, sent_at) VALUES ({c.Id}, {stage}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (inserted == 0)
            {
                continue;
            }
            db.AddIntegrationEvent(new SlaDeadlineApproaching
            {
                Tenant = c.Tenant,
                ComplaintId = c.Id,
                TrackingNumber = c.TrackingNumber,
                ResponseDueAt = c.ResponseDueAt,
                DaysLeft = daysLeft,
                AssigneeId = c.AssigneeId,
            }, now);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            sent++;
            logger.LogInformation("SLA reminder {Stage} for {TrackingNumber}", stage, c.TrackingNumber);
        }
        return sent;
    }
}
