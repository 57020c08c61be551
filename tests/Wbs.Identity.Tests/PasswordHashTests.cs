using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Wbs.Identity.Tests;

/// <summary>Passwords are stored as PBKDF2-HMAC-SHA512 at OWASP's count; an older, weaker hash is replaced at sign-in.</summary>
public sealed class PasswordHashTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private IdentityHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await IdentityHost.StartAsync(infra);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task NewHash_UsesOwaspIterations_AndAnOldHashIsRehashedAtSignIn()
    {
        var username = IdentityHost.NewUsername();
        var accountId = await _host.CreateAccountAsync(username);
        Assert.Equal(210_000, Iterations(await StoredHashAsync(accountId)));

        // A hash from before: the framework's default of 100 000 iterations.
        var old = new PasswordHasher<object>().HashPassword(new object(), "rahasia-pelapor-77");
        Assert.Equal(100_000, Iterations(old));
        await _host.WithDbAsync(db => db.Accounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PasswordHash, old), TestContext.Current.CancellationToken));

        await _host.AccountTokenAsync(username);

        var rehashed = await StoredHashAsync(accountId);
        Assert.NotEqual(old, rehashed);
        Assert.Equal(210_000, Iterations(rehashed));
        await _host.AccountTokenAsync(username);
    }

    private Task<string> StoredHashAsync(Guid accountId) =>
        _host.WithDbAsync(db => db.Accounts.Where(a => a.Id == accountId).Select(a => a.PasswordHash).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>Identity's V3 format: marker(1) | prf(4) | iterations(4) | salt length(4) | salt | subkey.</summary>
    private static int Iterations(string hash) => (int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));
}
