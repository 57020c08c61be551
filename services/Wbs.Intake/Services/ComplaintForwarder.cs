namespace Wbs.Intake.Services;

/// <summary>
/// Opens a report at the destination tenant from a forwarded one: a new tracking number there, the
/// shared (redacted) content sealed for the destination, and the same code digest, so the reporter's
/// code signs in at the destination too. Its <see cref="ComplaintSubmitted"/> (outbox) opens the case
/// and teaches Identity the code there. Idempotent on the forwarding id: a retry answers the first report.
/// </summary>
public sealed class ComplaintForwarder(IntakeDbContext db, ComplaintSealer sealer, TitleIndex titleIndex, TrackingNumbers trackingNumbers, TimeProvider clock,
    ILogger<ComplaintForwarder> logger)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public sealed record Outcome(ForwardedComplaintResponse Answer, bool Created);

    public async Task<Outcome?> ForwardAsync(string tenant, string trackingNumber, TenantProfile destination,
        ForwardedComplaintRequest request, CancellationToken cancellationToken)
    {
        var source = await db.Complaints.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        if (source is null || source.IsDestroyed)
        {
            return null;
        }
        if (await FindAsync(request.ForwardingId, cancellationToken) is { } earlier)
        {
            return new Outcome(earlier, false);
        }

        var now = clock.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
        var year = now.ToOffset(Wib).Year;
        var sequence = await trackingNumbers.NextAsync(destination.Slug, year, cancellationToken);
        var id = Guid.CreateVersion7(now);
        var content = request.Content;
        var complaint = new Complaint
        {
            Id = id,
            Tenant = destination.Slug,
            TrackingNumber = TrackingNumber.Format(year, sequence),
            CodeDigest = source.CodeDigest,
            // Categories are each agency's own: an unknown one becomes the destination's last (its catch-all).
            Category = destination.HasCategory(source.Category) ? source.Category : destination.Categories[^1].Code,
            ReporterType = source.ReporterType,
            SealedContent = sealer.Seal(content, destination.Slug, id, ComplaintSealer.Purposes.Content),
            SealedTitle = sealer.SealTitle(content.Title, destination.Slug, id),
            TitleTokens = titleIndex.TitleTokens(destination.Slug, content.Title),
            Completeness = Completeness.Of(content),
            SubmittedAt = now,
            // The destination's own rule: its working days and holidays, not the source's.
            ResponseDueAt = ResponseDeadline.For(destination).DueAt(now),
            ForwardingId = request.ForwardingId,
        };
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Complaints.Add(complaint);
        db.AddIntegrationEvent(complaint.ToSubmitted(), now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // The same forwarding raced us and won: answer its report (read after the failed transaction is gone).
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await FindAsync(request.ForwardingId, CancellationToken.None) is { } raced
                ? new Outcome(raced, false)
                : throw new InvalidOperationException("Forwarded report vanished.", ex);
        }
        logger.LogInformation("Complaint {TrackingNumber} of {Tenant} forwarded to {Destination} as {DestinationTrackingNumber}",
            trackingNumber, tenant, destination.Slug, complaint.TrackingNumber);
        return new Outcome(new ForwardedComplaintResponse(complaint.Id, complaint.TrackingNumber), true);
    }

    private async Task<ForwardedComplaintResponse?> FindAsync(Guid forwardingId, CancellationToken cancellationToken) =>
        await db.Complaints.AsNoTracking().Where(c => c.ForwardingId == forwardingId)
            .Select(c => new ForwardedComplaintResponse(c.Id, c.TrackingNumber)).FirstOrDefaultAsync(cancellationToken);
}
