using Npgsql;

namespace Wbs.Identity.Services;

/// <summary>
/// Creates reporter accounts and links reports to them. A report belongs to at most one account;
/// the link is claimed with a conditional update, so two concurrent claims cannot both win, and
/// <see cref="ReporterAccountLinked"/> is queued in the same transaction.
/// </summary>
public sealed class ReportLinking(
    IdentityDbContext db, ReportLookup reports, PasswordService passwords, TimeProvider clock)
{
    public async Task<(LinkOutcome Outcome, ReporterAccount? Account)> RegisterAsync(
        string tenant, string username, string password, string? complaintCode, CancellationToken cancellationToken)
    {
        Report? report = null;
        if (!string.IsNullOrWhiteSpace(complaintCode))
        {
            var (outcome, found) = await FindReportAsync(tenant, complaintCode, cancellationToken);
            if (outcome != LinkOutcome.Linked)
            {
                return (outcome, null);
            }
            if (found!.AccountId is not null)
            {
                return (LinkOutcome.CodeAlreadyLinked, null);
            }
            report = found;
        }
        if (await db.Accounts.AnyAsync(a => a.Tenant == tenant && a.Username == username, cancellationToken))
        {
            return (LinkOutcome.UsernameTaken, null);
        }

        var now = clock.GetUtcNow();
        var account = new ReporterAccount
        {
            Id = Guid.CreateVersion7(), Tenant = tenant, Username = username, PasswordHash = passwords.Hash(password), CreatedAt = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (report is not null && !await TryClaimAsync(report, account.Id, now, cancellationToken))
        {
            return (LinkOutcome.CodeAlreadyLinked, null);
        }
        db.Accounts.Add(account);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return (LinkOutcome.UsernameTaken, null);
        }
        await tx.CommitAsync(cancellationToken);
        return (LinkOutcome.Linked, account);
    }

    public async Task<LinkOutcome> LinkAsync(string tenant, Guid accountId, string complaintCode, CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Tenant == tenant && a.Id == accountId, cancellationToken))
        {
            return LinkOutcome.AccountUnknown;
        }
        var (outcome, report) = await FindReportAsync(tenant, complaintCode, cancellationToken);
        if (outcome != LinkOutcome.Linked)
        {
            return outcome;
        }
        if (report!.AccountId == accountId)
        {
            return LinkOutcome.Linked;
        }
        if (report.AccountId is not null)
        {
            return LinkOutcome.CodeAlreadyLinked;
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TryClaimAsync(report, accountId, clock.GetUtcNow(), cancellationToken))
        {
            return LinkOutcome.CodeAlreadyLinked;
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return LinkOutcome.Linked;
    }

    public Task<List<string>> LinkedTrackingNumbersAsync(string tenant, Guid accountId, CancellationToken cancellationToken) =>
        db.Reports.AsNoTracking()
            .Where(r => r.Tenant == tenant && r.AccountId == accountId)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.TrackingNumber)
            .Select(r => r.TrackingNumber)
            .ToListAsync(cancellationToken);

    private async Task<(LinkOutcome, Report?)> FindReportAsync(string tenant, string complaintCode, CancellationToken cancellationToken)
    {
        // No guess counter: other people's wrong codes must never keep a code holder out (the gateway makes guessing cost).
        var report = await reports.FindByCodeAsync(tenant, complaintCode, cancellationToken);
        return report is null ? (LinkOutcome.CodeUnknown, null) : (LinkOutcome.Linked, report);
    }

    /// <summary>Links the report unless another account got it first; queues the event (saved by the caller).</summary>
    private async Task<bool> TryClaimAsync(Report report, Guid accountId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = await db.Reports
            .Where(r => r.ComplaintId == report.ComplaintId && r.AccountId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AccountId, accountId).SetProperty(r => r.LinkedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        db.AddIntegrationEvent(new ReporterAccountLinked
        {
            Tenant = report.Tenant,
            AccountId = accountId,
            ComplaintId = report.ComplaintId,
            TrackingNumber = report.TrackingNumber,
            LinkedAt = now,
        }, now);
        return true;
    }
}
