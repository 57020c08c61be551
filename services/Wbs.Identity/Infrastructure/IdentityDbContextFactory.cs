using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Identity.Infrastructure;

/// <summary>Lets the dotnet-ef tool build the model without starting the service.</summary>
public sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityDbContext>().UseNpgsql("Host=localhost;Database=identity_design").Options);
}
