namespace Wbs.CaseManagement.Apis;

/// <summary>The dependencies handlers share, bound with <c>[AsParameters]</c>.</summary>
public sealed record CaseServices(
    CaseDbContext Db,
    AuditTrail Audit,
    TextSealer Sealer,
    TimeProvider Clock,
    IComplaintContentClient Content,
    ILogger<CaseServices> Logger);
