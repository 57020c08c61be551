namespace Wbs.Contracts.Api;

/// <summary>Every occurrence of <c>text</c> in the report's <c>field</c> (title, what, where, when, who, how) is blacked out.</summary>
public sealed record RedactionRequest(string? Field, string? Text);
