namespace Wbs.CaseManagement.Infrastructure;

public sealed record Completeness(bool What, bool Where, bool When, bool Who, bool How);
