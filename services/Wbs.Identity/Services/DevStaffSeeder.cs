using System.Text.Json;

namespace Wbs.Identity.Services;

/// <summary>
/// Development only: creates the staff users listed in <c>Identity:DevStaffFile</c> with exactly
/// those ids, passwords and TOTP secrets, unless they exist. Runs after the migrations. They are not
/// asked to change their password, so the credentials in <c>.wbs/dev-credentials.json</c> keep working.
/// </summary>
public sealed class DevStaffSeeder(IServiceScopeFactory scopes, IOptions<IdentityServiceOptions> options, ILogger<DevStaffSeeder> logger)
    : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DevStaffFile is not { Length: > 0 } file || !File.Exists(file))
        {
            logger.LogInformation("No development staff file; nothing seeded");
            return;
        }
        await using var stream = File.OpenRead(file);
        var entries = await JsonSerializer.DeserializeAsync<List<DevStaffEntry>>(stream, Json, cancellationToken) ?? [];
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var created = 0;
        foreach (var entry in entries)
        {
            if (await db.StaffUsers.AnyAsync(u => u.Id == entry.Id, cancellationToken))
            {
                continue;
            }
            var secret = Base32.Decode(entry.TotpSecret) ?? throw new InvalidOperationException($"Staff {entry.Username}: TOTP secret is not base32.");
            if (await directory.CreateAsync(entry.Tenant, entry.Id, Usernames.Normalize(entry.Username), entry.Password, secret, entry.Roles,
                    mustChangePassword: false, cancellationToken) is null)
            {
                logger.LogWarning("Development staff user {Username} of {Tenant} clashes with an existing username", entry.Username, entry.Tenant);
                continue;
            }
            created++;
        }
        logger.LogInformation("Seeded {Count} development staff users", created);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
