namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseListItem(string TrackingNumber, string Title, string Category, string Status, string StatusLabel,
    DateTimeOffset SubmittedAt, DateTimeOffset ResponseDueAt, int DaysLeft, bool Overdue, Assignee? Assignee, int UnreadMessages);
