using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Wbs.ServiceDefaults.Data;

/// <summary>
/// For the dotnet-ef tool only: builds a service's model without a running host, with the same
/// conventions as <see cref="DataExtensions.AddWbsDbContext{TContext}"/>. Each service derives one.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>()
            .UseNpgsql($"Host=127.0.0.1;Database={typeof(TContext).Name.ToLowerInvariant()}_design")
            .UseWbsConventions()
            .Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
