namespace Wbs.CaseManagement.Apis;

/// <summary>
/// State changes on a case. Each runs in one transaction with its audit entry and outbox event;
/// the case's xmin makes a change that raced with another one fail with 409.
/// </summary>
public static partial class CaseActions
{
    internal static async Task<(Case? Found, ProblemHttpResult? Problem)> LoadWorkableAsync(CaseDbContext db, string tenant,
        string trackingNumber, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!StaffAccess.CanWorkCases(user))
        {
            return (null, CaseProblems.Forbidden());
        }
        var found = await db.Cases.SingleOrDefaultAsync(c => c.Tenant == tenant && c.TrackingNumber == trackingNumber, cancellationToken);
        return found is null ? (null, CaseProblems.NotFound())
            : !StaffAccess.CanSee(user, found) ? (null, CaseProblems.NotAssigned())
            : (found, null);
    }

    private static TimelineEntry AddEntry(CaseServices services, Case found, DateTimeOffset now, string kind, ClaimsPrincipal user,
        bool internalOnly, string? text)
    {
        var entry = new TimelineEntry
        {
            Id = Guid.CreateVersion7(),
            CaseId = found.Id,
            Tenant = found.Tenant,
            At = now,
            Kind = kind,
            Status = found.Status,
            Internal = internalOnly,
            ActorId = user.SubjectId(),
            ActorName = StaffAccess.ActorName(user),
        };
        entry.Text = text is null ? null : services.Sealer.Seal(text, found.Tenant, entry.Id);
        services.Db.Timeline.Add(entry);
        return entry;
    }

    /// <summary>Saves and commits, or answers 409 when the case changed meanwhile (its xmin moved).</summary>
    internal static async Task<ProblemHttpResult?> SaveAsync(CaseDbContext db,
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseProblems.ChangedMeanwhile();
        }
        await tx.CommitAsync(cancellationToken);
        return null;
    }

    private static async Task<Results<Ok<CaseState>, ProblemHttpResult>> CommitAsync(CaseChange change, CancellationToken cancellationToken)
    {
        if (await change.SaveAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }
        var found = change.Case;
        return TypedResults.Ok(new CaseState(found.TrackingNumber, found.Status, CaseStatus.Label(found.Status),
            CaseStatus.AllowedFrom(found.Status), found.AssigneeId is { } id ? new Assignee(id, found.AssigneeName) : null));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
