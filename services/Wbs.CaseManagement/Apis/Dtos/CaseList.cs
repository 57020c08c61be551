namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize);
