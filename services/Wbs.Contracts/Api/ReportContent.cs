namespace Wbs.Contracts.Api;

public sealed record ReportContent(string Title, string? What, string? Where, string? When, string? Who, string? How);
