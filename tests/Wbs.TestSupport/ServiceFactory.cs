using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.TestSupport;

/// <summary>
/// Hosts one service in the test process with its configuration given in memory.
/// <typeparamref name="TEntryPoint"/> is the service's <c>Program</c> (aliased, e.g. <c>intake::Program</c>, where a test
/// project references several services).
/// </summary>
public class ServiceFactory<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hosting:TrimMemoryAfterStart", "false"); // a collection of the whole test process at every start
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
