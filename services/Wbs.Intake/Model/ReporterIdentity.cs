namespace Wbs.Intake.Model;

/// <summary>A reporter's optional name and contact: sealed, disclosed only by an authorised procedure.</summary>
public sealed record ReporterIdentity(string? Name, string? Contact);
