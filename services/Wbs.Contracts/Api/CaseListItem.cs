namespace Wbs.Contracts.Api;

/// <param name="DaysLeftUnit">The unit of <paramref name="DaysLeft"/>: the tenant's deadline rule, <c>calendar</c> or <c>working</c> days.</param>
public sealed record CaseListItem(string TrackingNumber, string Title, string Category, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, int DaysLeft, bool Overdue, Assignee? Assignee, int UnreadMessages,
    string DaysLeftUnit = DeadlineRule.Calendar);
