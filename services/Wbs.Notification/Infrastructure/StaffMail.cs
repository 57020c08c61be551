namespace Wbs.Notification.Infrastructure;

/// <summary>An e-mail waiting to be sent once the unit of work that produced it is saved.</summary>
public sealed record StaffMail(DeliveryLogEntry Entry, string To, string Subject, string Body);
