namespace Wbs.Contracts.Api;

public sealed record NotificationItem(Guid Id, string TrackingNumber, string Kind, string Text, DateTimeOffset CreatedAt, bool Read);
