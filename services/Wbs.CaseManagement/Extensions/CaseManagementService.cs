namespace Wbs.CaseManagement.Extensions;

/// <summary>A public type of this assembly, for <c>WebApplicationFactory&lt;T&gt;</c> without clashing <c>Program</c> types.</summary>
public sealed class CaseManagementService;
