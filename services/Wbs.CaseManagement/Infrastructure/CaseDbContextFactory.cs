using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.CaseManagement.Infrastructure;

/// <summary>For the dotnet-ef tool only: migrations are generated without a running host.</summary>
internal sealed class CaseDbContextFactory : IDesignTimeDbContextFactory<CaseDbContext>
{
    public CaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CaseDbContext>()
            .UseNpgsql("Host=localhost;Database=casemanagementdb_design")
            .Options);
}
