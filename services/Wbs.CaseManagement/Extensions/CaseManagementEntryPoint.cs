namespace Wbs.CaseManagement.Extensions;

/// <summary>
/// The test entry point of this service (<c>ServiceFactory&lt;T&gt;</c>, a <c>WebApplicationFactory</c>): one name per
/// service instead of <c>Program</c>, because tests that host several services would see several global <c>Program</c> types.
/// </summary>
public sealed class CaseManagementEntryPoint;
