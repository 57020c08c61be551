using System.Text.Json;
using Npgsql;

namespace Wbs.Intake.Services;

/// <summary>
/// Accepts a report: reserves its evidence, issues the tracking number and the complaint code, seals
/// the content, and writes the report, its <see cref="ComplaintSubmitted"/> event (outbox) and the
/// idempotent answer in one transaction. The answer is kept under keys only the client's Idempotency-Key derives
/// (<see cref="IdempotencyKeyDeriver"/>).
/// </summary>
public sealed class ComplaintSubmitter(
    IntakeDbContext db, ComplaintSealer sealer, TitleIndex titleIndex, ComplaintCodeDigester digester, IdempotencyKeyDeriver idempotency,
    EvidenceClient evidence, TrackingNumbers trackingNumbers, TimeProvider clock, ComplaintMetrics metrics, ILogger<ComplaintSubmitter> logger)
{
    private static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public async Task<SubmissionOutcome> SubmitAsync(TenantProfile tenant, ComplaintRequest request, string? idempotencyKey,
        Guid? accountId, StaffEntry? entry, CancellationToken cancellationToken)
    {
        // Digesting the request (two serialisations) is only needed to answer a repeated Idempotency-Key.
        var keys = idempotencyKey is null ? null : idempotency.Derive(tenant.Slug, idempotencyKey);
        var requestDigest = keys?.RequestDigest(JsonSerializer.Serialize(request) + $"\n{accountId}\n{JsonSerializer.Serialize(entry)}");
        // A repeat of a request still at work waits for it to end (see RepeatGuard).
        await using var repeat = keys is null ? null : await RepeatGuard.EnterAsync(db, keys.Lookup, cancellationToken);
        if (keys is not null && await ReplayAsync(tenant.Slug, keys, requestDigest!, cancellationToken) is { } replay)
        {
            return replay;
        }

        var evidenceIds = request.EvidenceIds?.Distinct().ToList() ?? [];
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        if (evidenceIds.Count > 0 && await evidence.ReserveAsync(tenant.Slug, id, evidenceIds, cancellationToken) is { Count: > 0 } invalid)
        {
            return new SubmissionOutcome.InvalidEvidence(invalid);
        }

        try
        {
            return new SubmissionOutcome.Accepted(await CreateAsync(tenant, request, id, evidenceIds, keys, requestDigest, accountId, entry,
                cancellationToken));
        }
        catch (DbUpdateException ex) when (keys is not null && ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same key raced us and won: answer what it answered.
            db.ChangeTracker.Clear();
            await ReleaseAsync(tenant.Slug, id, evidenceIds);
            return await ReplayAsync(tenant.Slug, keys, requestDigest!, cancellationToken) ?? throw new InvalidOperationException("Idempotency record vanished.", ex);
        }
        catch
        {
            await ReleaseAsync(tenant.Slug, id, evidenceIds);
            throw;
        }
    }

    /// <summary>Best effort: an unreleased reservation only lapses later (EvidenceStorage's reservation lifetime).</summary>
    private async Task ReleaseAsync(string tenant, Guid complaintId, List<Guid> evidenceIds)
    {
        if (evidenceIds.Count == 0)
        {
            return;
        }
        try
        {
            await evidence.ReleaseAsync(tenant, complaintId, evidenceIds, CancellationToken.None);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Reserved evidence of an uncreated report could not be released for {Tenant}", tenant);
        }
    }

    private async Task<ComplaintCreated> CreateAsync(TenantProfile tenant, ComplaintRequest request, Guid id, List<Guid> evidenceIds,
        IdempotencyKeys? keys, string? requestDigest, Guid? accountId, StaffEntry? entry, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: the answer must show the same instant as every later read.
        var now = Microseconds(clock.GetUtcNow());
        var receivedAt = entry is null ? now : Microseconds(entry.ReceivedAt.ToUniversalTime());
        var content = new ReportContent(request.Title!.Trim(), request.What!.Trim(), Clean(request.Where), Clean(request.When),
            Clean(request.Who), Clean(request.How));
        var code = ComplaintCode.Generate();

        // Drawn before the transaction: a sequence hands numbers out without any row lock, so
        // submissions of one tenant do not queue behind each other's commit (a failed one leaves a gap).
        var year = now.ToOffset(Wib).Year;
        var sequence = await trackingNumbers.NextAsync(tenant.Slug, year, cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);

        var complaint = new Complaint
        {
            Id = id,
            Tenant = tenant.Slug,
            TrackingNumber = TrackingNumber.Format(year, sequence),
            CodeDigest = digester.Digest(code)!,
            Category = request.Category!,
            ReporterType = request.ReporterType!,
            SealedContent = sealer.Seal(content, tenant.Slug, id, ComplaintSealer.Purposes.Content),
            SealedTitle = sealer.SealTitle(content.Title, tenant.Slug, id),
            TitleTokens = titleIndex.TitleTokens(tenant.Slug, content.Title),
            SealedIdentity = sealer.SealIdentity(request.Identity?.Name, request.Identity?.Contact, tenant.Slug, id),
            Completeness = Completeness.Of(content),
            EvidenceIds = evidenceIds,
            AccountId = accountId,
            Channel = entry?.Channel ?? ReportChannels.Web,
            SubmittedAt = receivedAt,
            ResponseDueAt = ResponseDeadline.For(tenant).DueAt(receivedAt),
        };
        db.Complaints.Add(complaint);
        db.AddIntegrationEvent(complaint.ToSubmitted(entry?.StaffId, entry?.StaffName), now);

        var answer = new ComplaintCreated(complaint.Id, complaint.TrackingNumber, code, complaint.SubmittedAt, complaint.ResponseDueAt,
            complaint.Completeness.ToAnswer());
        if (keys is not null)
        {
            var recordId = Guid.CreateVersion7(now);
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                Id = recordId,
                Tenant = tenant.Slug,
                KeyDigest = keys.Lookup,
                RequestDigest = requestDigest!,
                SealedAnswer = keys.SealAnswer(answer, recordId),
                ExpiresAt = now + IdempotencyWindow,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        metrics.Accept(tenant.Slug, complaint.Channel);
        return answer;
    }

    private async Task<SubmissionOutcome?> ReplayAsync(string tenant, IdempotencyKeys keys, string requestDigest, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Tenant == tenant && r.KeyDigest == keys.Lookup && r.ExpiresAt > now, cancellationToken);
        if (record is null)
        {
            return null;
        }
        return record.RequestDigest == requestDigest
            ? new SubmissionOutcome.Accepted(keys.OpenAnswer(record.SealedAnswer, record.Id))
            : new SubmissionOutcome.KeyReused();
    }

    private static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMicrosecond));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
