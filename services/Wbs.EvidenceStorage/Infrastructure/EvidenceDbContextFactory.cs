using Wbs.ServiceDefaults.Data;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class EvidenceDbContextFactory : DesignTimeDbContextFactory<EvidenceDbContext>;
