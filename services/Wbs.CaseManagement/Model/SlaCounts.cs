namespace Wbs.CaseManagement.Model;

public sealed record SlaCounts(int Met, int Missed, int Pending);
