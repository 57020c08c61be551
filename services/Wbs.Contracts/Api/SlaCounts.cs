namespace Wbs.Contracts.Api;

public sealed record SlaCounts(int Met, int Missed, int Pending);
