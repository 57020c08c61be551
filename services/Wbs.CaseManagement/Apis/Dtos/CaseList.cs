namespace Wbs.CaseManagement.Apis.Dtos;

/// <param name="Next">Cursor for the following page (<c>after=</c>); null on the last one.</param>
public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize, string? Next = null);
