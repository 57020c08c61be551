namespace Wbs.Web.Infrastructure.Api;

/// <summary>The value of a successful answer without a body.</summary>
public sealed record NoContent;
