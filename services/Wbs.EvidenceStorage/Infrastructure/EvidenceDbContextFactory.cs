using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.EvidenceStorage.Infrastructure;

/// <summary>Lets <c>dotnet-ef</c> build the model without starting the service.</summary>
public sealed class EvidenceDbContextFactory : IDesignTimeDbContextFactory<EvidenceDbContext>
{
    public EvidenceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EvidenceDbContext>()
            .UseNpgsql("Host=localhost;Database=evidencedb_design")
            .Options);
}
