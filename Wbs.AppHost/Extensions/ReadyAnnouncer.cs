using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// Tells people (and scripts) the system is up: once every resource is healthy, writes
/// <c>dev-credentials.json</c> (Development) and prints the gateway and dashboard URLs and "WBS is
/// ready". The file is removed at start, so its existence means this run is ready. Then, start-up being over, one
/// aggressive collection hands its memory back, as the services do (MemoryTrimAfterStart): idle memory is budgeted.
/// </summary>
public sealed class ReadyAnnouncer(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    AnnouncerSettings settings) : BackgroundService
{
    public const string ReadyLine = "WBS is ready";

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        File.Delete(settings.CredentialsPath);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var resource in model.Resources.OfType<ServiceResource>())
        {
            await notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken);
        }
        var secrets = settings.Secrets;
        var dashboardUrl = DashboardUrl() ?? settings.DashboardUrl;
        if (secrets.DevStaffFile is { } staffFile)
        {
            var credentials = new DevCredentials(settings.GatewayUrl, dashboardUrl, secrets.DashboardToken, DevStaff.Read(staffFile));
            SecretStore.Write(settings.CredentialsPath, JsonSerializer.Serialize(credentials, DevStaff.Json));
        }
        Console.WriteLine();
        Console.WriteLine($"  Gateway / Situs:         {settings.GatewayUrl}");
        Console.WriteLine($"  Dasbor / Dashboard:      {dashboardUrl}/login?t={secrets.DashboardToken}");
        if (secrets.DevStaffFile is not null)
        {
            Console.WriteLine($"  Akun staf / Staff users: {settings.CredentialsPath}");
        }
        Console.WriteLine();
        Console.WriteLine($"{ReadyLine} (Ctrl-C untuk berhenti / to stop)");
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Where the dashboard really listens (the test host, for one, picks its ports itself).</summary>
    private string? DashboardUrl() =>
        model.Resources.OfType<IResourceWithEndpoints>().FirstOrDefault(r => r.Name == "aspire-dashboard")?
            .GetEndpoints().Where(e => e.IsAllocated && e.Scheme == "http" && !e.EndpointName.Contains("otlp", StringComparison.Ordinal))
            .OrderBy(e => e.EndpointName == "http" ? 0 : 1).FirstOrDefault()?.Url.TrimEnd('/');
}

/// <summary>What <see cref="ReadyAnnouncer"/> announces (the dashboard's URL as configured, unless its resource says otherwise).</summary>
public sealed record AnnouncerSettings(string GatewayUrl, string DashboardUrl, string CredentialsPath, WbsSecrets Secrets);
