namespace Wbs.CaseManagement.Apis.Dtos;

/// <param name="After">A <see cref="CaseList.Next"/> cursor: keyset paging that stays fast however deep the inbox goes.</param>
public sealed record CaseListQuery(string? Status, string? Assignee, string? Q, int? Page, int? PageSize, string? After = null);
