using Wbs.ServiceDefaults.Data;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class CaseDbContextFactory : DesignTimeDbContextFactory<CaseDbContext>;
