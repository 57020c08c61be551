namespace Wbs.Contracts.Api;

/// <param name="LinkedReports">Tracking numbers of the reports this account follows.</param>
public sealed record AccountCreatedResponse(Guid AccountId, string Username, IReadOnlyList<string> LinkedReports);
