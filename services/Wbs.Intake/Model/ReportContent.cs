namespace Wbs.Intake.Model;

/// <summary>What the reporter wrote; only ever stored sealed.</summary>
public sealed record ReportContent(string Title, string What, string? Where, string? When, string? Who, string? How);
