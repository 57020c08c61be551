namespace Wbs.Web.Infrastructure.Api.Dtos;

// EvidenceStorage's upload answer and Notification's reporter inbox.

public sealed record UploadedEvidence(Guid EvidenceId, string FileName, string ContentType, long Size, string Sha256,
    IReadOnlyList<string> MetadataRemoved);

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Unread);

public sealed record NotificationItem(Guid Id, string TrackingNumber, string Kind, string Text, DateTimeOffset CreatedAt, bool Read);
