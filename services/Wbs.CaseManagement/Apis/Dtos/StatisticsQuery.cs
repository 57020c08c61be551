namespace Wbs.CaseManagement.Apis.Dtos;

/// <param name="Format"><c>csv</c> for a spreadsheet (as <c>Accept: text/csv</c>); JSON otherwise.</param>
/// <param name="Lang"><c>id</c> (default) or <c>en</c>: the language of CSV labels, charts and the report (else <c>Accept-Language</c>).</param>
public sealed record StatisticsQuery(DateTimeOffset? From, DateTimeOffset? To, string? Format = null, string? Lang = null);
