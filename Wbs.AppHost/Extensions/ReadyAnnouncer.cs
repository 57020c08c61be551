using System.Text.Json;
using Wbs.Hosting;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// Tells people (and end-to-end tests) the system is up: once every resource is healthy, writes
/// <c>dev-credentials.json</c> (Development) and prints the gateway and dashboard URLs and "WBS is ready".
/// The file is removed at start, so its existence means this run is ready.
/// </summary>
public sealed class ReadyAnnouncer(Func<string> gatewayUrl, string dashboardUrl, WbsSecrets secrets) : IDistributedApplicationLifecycleHook
{
    public const string ReadyLine = "WBS is ready";

    public static string CredentialsPath(DistributedApplication app) => Path.Combine(app.DataDirectory, "dev-credentials.json");

    public Task BeforeStartAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        File.Delete(CredentialsPath(app));
        return Task.CompletedTask;
    }

    public async Task AfterReadyAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        if (secrets.DevStaffFile is { } staffFile)
        {
            var credentials = new DevCredentials(gatewayUrl(), dashboardUrl, secrets.DashboardToken, DevStaff.Read(staffFile));
            var json = JsonSerializer.Serialize(credentials, DevStaff.Json);
            await Task.Run(() => SecretStore.Write(CredentialsPath(app), json), cancellationToken);
        }
        app.Reporter.Line("");
        app.Reporter.Line($"  Gateway / Situs:        {gatewayUrl()}");
        app.Reporter.Line($"  Dasbor / Dashboard:     {dashboardUrl}/login?t={secrets.DashboardToken}");
        if (secrets.DevStaffFile is not null)
        {
            app.Reporter.Line($"  Akun staf / Staff users: {CredentialsPath(app)}");
        }
        app.Reporter.Line("");
        app.Reporter.Line($"{ReadyLine} (Ctrl-C untuk berhenti / to stop)");
    }
}
