using Npgsql;
using Wbs.TestSupport;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]

namespace Wbs.ServiceDefaults.Tests;

public sealed class InfrastructureFixtureTests(InfrastructureFixture infra)
{
    [Fact]
    public async Task Fresh_databases_are_real_and_separate()
    {
        var a = await infra.CreateDatabaseAsync();
        var b = await infra.CreateDatabaseAsync();
        await using (var connection = new NpgsqlConnection(a))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand("CREATE TABLE marker(x int)", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        await using var other = new NpgsqlConnection(b);
        await other.OpenAsync(TestContext.Current.CancellationToken);
        var exists = await new NpgsqlCommand("SELECT to_regclass('marker') IS NOT NULL", other).ExecuteScalarAsync(TestContext.Current.CancellationToken);
        Assert.Equal(false, exists);
    }

    [Fact]
    public async Task Virtual_hosts_are_created_on_the_real_broker()
    {
        var uri = await infra.CreateVirtualHostAsync();
        var vhost = new Uri(uri).AbsolutePath.Trim('/');
        using var response = await infra.RabbitMq.GetManagementAsync($"vhosts/{vhost}", TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode);
    }
}
