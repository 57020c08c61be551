using Wbs.ServiceDefaults.Data;

namespace Wbs.Identity.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class IdentityDbContextFactory : DesignTimeDbContextFactory<IdentityDbContext>;
