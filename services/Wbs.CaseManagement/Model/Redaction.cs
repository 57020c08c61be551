namespace Wbs.CaseManagement.Model;

/// <summary>Every occurrence of <see cref="Text"/> in the report's <see cref="Field"/> is blacked out in what is shared.</summary>
public sealed record Redaction(string Field, string Text);
