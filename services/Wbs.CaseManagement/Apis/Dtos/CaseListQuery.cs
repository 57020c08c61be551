namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseListQuery(string? Status, string? Assignee, string? Q, int? Page, int? PageSize);
