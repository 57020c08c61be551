namespace Wbs.Identity.Apis;

public sealed record LinkReportRequest(string? ComplaintCode);
