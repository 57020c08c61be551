namespace Wbs.Contracts.Api;

/// <param name="LinkedReports">Tracking numbers of the reports this account follows.</param>
public sealed record LinkedReportsResponse(IReadOnlyList<string> LinkedReports);
