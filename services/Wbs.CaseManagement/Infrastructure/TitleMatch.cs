namespace Wbs.CaseManagement.Infrastructure;

/// <summary>
/// A report whose title matched a search, with the response due date Intake gave it: the case's own, copied from
/// <c>ComplaintSubmitted</c> and never changed, so the inbox can order matches without looking each one up.
/// </summary>
public sealed record TitleMatch(string Title, DateTimeOffset ResponseDueAt);
