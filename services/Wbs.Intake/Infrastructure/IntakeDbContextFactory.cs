using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.Intake.Infrastructure;

/// <summary>For <c>dotnet-ef migrations add</c> only; the running service gets its connection from configuration.</summary>
public sealed class IntakeDbContextFactory : IDesignTimeDbContextFactory<IntakeDbContext>
{
    public IntakeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IntakeDbContext>().UseNpgsql("Host=127.0.0.1;Database=intake_design").Options);
}
