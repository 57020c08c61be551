namespace Wbs.CaseManagement.Apis.Dtos;

public sealed record ReportContent(string Title, string? What, string? Where, string? When, string? Who, string? How);
