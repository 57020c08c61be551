using Microsoft.Extensions.Options;

namespace Wbs.EvidenceStorage.Apis;

/// <summary>What the evidence endpoints need, bundled for <c>[AsParameters]</c>.</summary>
public sealed record EvidenceServices(
    EvidenceDbContext Db,
    EvidenceVault Vault,
    EvidenceNames Names,
    EvidenceAcceptor Acceptor,
    EvidenceAttacher Attacher,
    ICaseAccessClient CaseAccess,
    ScratchFiles Scratch,
    TimeProvider Clock,
    IOptions<EvidenceOptions> Options,
    ILogger<EvidenceServices> Logger);
