namespace Wbs.Contracts.Api;

/// <param name="Next">Cursor for the following page (<c>after=</c>); null on the last one.</param>
/// <param name="TotalCapped">True when more cases match than are counted: <paramref name="Total"/> is then a lower bound (10,000).</param>
public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize, string? Next = null, bool TotalCapped = false);
