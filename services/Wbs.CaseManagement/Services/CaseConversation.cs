namespace Wbs.CaseManagement.Services;

/// <summary>
/// The two-way conversation on a case: a message is sealed at rest and announced through the outbox, so the
/// other side is notified. The caller's transaction commits it with its audit entry.
/// </summary>
public static class CaseConversation
{
    /// <param name="from"><see cref="CaseMessage.FromReporter"/> or <see cref="CaseMessage.FromStaff"/>.</param>
    /// <param name="author">The staff member who writes (never the reporter).</param>
    public static CaseMessage Post(CaseDbContext db, TextSealer sealer, Case found, string from, string body, DateTimeOffset now,
        ClaimsPrincipal? author = null)
    {
        var message = new CaseMessage
        {
            Id = Guid.CreateVersion7(),
            CaseId = found.Id,
            Tenant = found.Tenant,
            At = now,
            From = from,
            AuthorId = author?.SubjectId(),
            AuthorName = author is null ? null : StaffAccess.ActorName(author),
            Body = [],
        };
        message.Body = sealer.Seal(body.Trim(), found.Tenant, message.Id);
        db.Messages.Add(message);
        db.AddIntegrationEvent(new CaseMessagePosted
        {
            Tenant = found.Tenant,
            ComplaintId = found.Id,
            TrackingNumber = found.TrackingNumber,
            MessageId = message.Id,
            From = from,
            AccountId = found.AccountId,
            PostedAt = now,
        }, now);
        return message;
    }
}
