using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Wbs.Contracts.Api;
using Wbs.ServiceDefaults.Tenancy;

namespace Wbs.ServiceDefaults.Tests;

public sealed class TenantCatalogTests
{
    private static TenantProfile Agency(string slug, long version, string name = "Instansi") =>
        new() { Slug = slug, Name = name, Version = version, Contact = new TenantContact() };

    [Fact]
    public void The_seeds_hold_the_platform_tenant_which_is_no_agency()
    {
        var catalog = TenantCatalog.Load(null);

        Assert.True(catalog.Find(TenantProfile.PlatformSlug)!.IsPlatform);
        Assert.Equal(["banjarnegara", "komdigi"], catalog.Agencies.Select(t => t.Slug).Order());
    }

    [Fact]
    public void A_change_replaces_an_older_version_and_an_older_one_arriving_late_is_ignored()
    {
        var catalog = new TenantCatalog([Agency("uji", 1, "Lama")]);

        catalog.Put(Agency("uji", 3, "Baru"));
        catalog.Put(Agency("uji", 2, "Terlambat"));

        Assert.Equal("Baru", catalog.Find("uji")!.Name);
        Assert.NotEmpty(catalog.Find("uji")!.Holidays);
    }

    [Fact]
    public void A_registry_list_read_before_an_edit_committed_does_not_undo_that_edit()
    {
        var catalog = new TenantCatalog([Agency("uji", 1, "Lama"), Agency("lain", 1)]);
        catalog.Put(Agency("uji", 3, "Baru"));

        catalog.Replace([Agency("uji", 2, "Terbaca sebelum suntingan"), Agency("lain", 2, "Lain baru"), Agency("tambahan", 1)]);

        Assert.Equal("Baru", catalog.Find("uji")!.Name);
        Assert.Equal("Lain baru", catalog.Find("lain")!.Name);
        Assert.NotNull(catalog.Find("tambahan"));
    }

    [Fact]
    public async Task Tenants_put_at_once_from_many_threads_all_stay()
    {
        var catalog = new TenantCatalog([Agency("awal", 1)]);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                catalog.Put(Agency($"t{t}-{i}", 1));
            }
        }, TestContext.Current.CancellationToken)));

        Assert.Equal(8 * 300 + 1, catalog.All.Count);
    }

    [Fact]
    public void An_empty_registry_answer_leaves_the_catalogue_as_it_was()
    {
        var catalog = new TenantCatalog([Agency("uji", 1)]);

        catalog.Replace([]);

        Assert.NotNull(catalog.Find("uji"));
    }

    [Fact]
    public async Task An_unknown_slug_asks_the_registry_once_and_finds_a_tenant_created_meanwhile()
    {
        var registry = new ListRegistry([Agency("banjarnegara", 1)]);
        var services = new ServiceCollection().AddSingleton<ITenantRegistry>(registry).BuildServiceProvider();
        var catalog = new TenantCatalog([Agency("banjarnegara", 1)]);
        var refresher = new TenantCatalogRefresher(catalog, services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
            NullLogger<TenantCatalogRefresher>.Instance);

        registry.Tenants = [Agency("banjarnegara", 1), Agency("baru", 1)];

        Assert.Equal("baru", (await refresher.FindAsync("baru", TestContext.Current.CancellationToken))!.Slug);
        Assert.Null(await refresher.FindAsync("tidak-ada", TestContext.Current.CancellationToken));
        Assert.Null(await refresher.FindAsync("tidak-ada-juga", TestContext.Current.CancellationToken));
        Assert.Equal(1, registry.Calls);
    }

    private sealed class ListRegistry(IReadOnlyList<TenantProfile> tenants) : ITenantRegistry
    {
        public IReadOnlyList<TenantProfile> Tenants { get; set; } = tenants;

        public int Calls { get; private set; }

        public Task<IReadOnlyList<TenantProfile>> ListAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(Tenants);
        }
    }
}
