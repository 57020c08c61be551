using Microsoft.EntityFrameworkCore;

namespace Wbs.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> on PostgreSQL from <c>ConnectionStrings:{connectionName}</c>,
    /// a readiness check for it, and applies its migrations before the server starts listening.
    /// </summary>
    public static IHostApplicationBuilder AddWbsDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        builder.Services.AddDbContext<TContext>(options => options.UseNpgsql(connectionString));
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>(connectionName);
        builder.Services.AddHostedService<MigrationService<TContext>>();
        return builder;
    }
}
