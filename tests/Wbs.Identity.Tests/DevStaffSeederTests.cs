using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Wbs.Identity.Extensions;
using Wbs.Identity.Infrastructure;

namespace Wbs.Identity.Tests;

public sealed class DevStaffSeederTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task DevStaffFile_CreatesUsersWithGivenIdsPasswordsAndSecrets_Once()
    {
        var id = Guid.NewGuid();
        var secret = Totp.NewSecret();
        var file = Path.Combine(Path.GetTempPath(), $"wbs-dev-staff-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[]
        {
            new { tenant = "banjarnegara", id, username = "admin.dev", password = "Dev-Admin-Sandi-1", totpSecret = Base32.Encode(secret), roles = new[] { "admin" } },
        }), TestContext.Current.CancellationToken);
        try
        {
            var options = Options.Create(new IdentityServiceOptions { DevStaffFile = file });
            var seeder = new DevStaffSeeder(_host.Factory.Services.GetRequiredService<IServiceScopeFactory>(), options, NullLogger<DevStaffSeeder>.Instance);
            await seeder.StartAsync(TestContext.Current.CancellationToken);
            await seeder.StartAsync(TestContext.Current.CancellationToken);

            var response = await _host.PostAsync(IdentityHost.Path("staff/sessions"),
                new { username = "admin.dev", password = "Dev-Admin-Sandi-1", totp = _host.CurrentTotp(secret) });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.JsonAsync();
            // Seeded credentials are meant to keep working: no forced change.
            Assert.False(body.GetProperty("mustChangePassword").GetBoolean());
            var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body.Str("accessToken"));
            Assert.Equal(id.ToString(), jwt.Subject);
            Assert.Equal(1, await _host.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.StaffUsers)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
