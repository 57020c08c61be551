using Microsoft.Extensions.Options;
using Wbs.CaseManagement.Extensions;

namespace Wbs.CaseManagement.Apis;

/// <summary>What the disclosure handlers share, bound with <c>[AsParameters]</c>.</summary>
public sealed record DisclosureServices(
    CaseDbContext Db,
    AuditTrail Audit,
    TextSealer Sealer,
    TimeProvider Clock,
    IComplaintContentClient Content,
    IOptions<CaseManagementOptions> Options);
