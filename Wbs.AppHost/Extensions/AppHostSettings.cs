using Microsoft.Extensions.Configuration;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// The AppHost's own settings (<c>WBS_*</c>, from the environment or the command line) and the
/// dashboard settings they imply: plain http on 127.0.0.1 (no dev certificate here), a browser token
/// kept under <c>.wbs/secrets</c> so the login URL stays the same across runs.
/// </summary>
public static class AppHostSettings
{
    public static string[] WithDashboardDefaults(string[] args)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var dataDirectory = DataDirectory(config);
        var secrets = new SecretStore(Path.Combine(dataDirectory, "secrets"));
        var token = secrets.GetOrCreate("dashboard-token", SecretStore.NewToken);
        var dashboardPort = Port(config, "WBS_DASHBOARD_PORT", 18888);
        var defaults = new Dictionary<string, string>
        {
            ["WBS_DATA_DIR"] = dataDirectory,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{dashboardPort}",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{Port(config, "WBS_OTLP_PORT", dashboardPort + 1)}",
            ["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{Port(config, "WBS_OTLP_HTTP_PORT", dashboardPort + 2)}",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{Port(config, "WBS_RESOURCE_SERVICE_PORT", dashboardPort + 3)}",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["ASPIRE_VERSION_CHECK_DISABLED"] = "true",
            ["ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN"] = token,
            // The dashboard's telemetry HTTP API (/api/telemetry/…, header x-api-key) for scripts and tests.
            ["AppHost:DashboardApiKey"] = secrets.GetOrCreate("dashboard-api-key", SecretStore.NewToken),
        };
        return [.. args, .. defaults.Where(d => config[d.Key] is null).Select(d => $"--{d.Key}={d.Value}")];
    }

    /// <summary>
    /// Sets <c>GOGC=25</c> in this process's environment unless the caller set one: DCP (Go) and its processes inherit it,
    /// and collecting at 25% heap growth instead of 100% keeps its API server and controllers about 12 MiB smaller idle.
    /// </summary>
    public static void UseLeanOrchestrator()
    {
        if (Environment.GetEnvironmentVariable("GOGC") is null)
        {
            Environment.SetEnvironmentVariable("GOGC", "25");
        }
    }

    public static string DataDirectory(IConfiguration config) =>
        Path.GetFullPath(config["WBS_DATA_DIR"] ?? Path.Combine(RepositoryRoot(), ".wbs"));

    public static int Port(IConfiguration config, string key, int fallback) =>
        int.TryParse(config[key], out var port) ? port : fallback;

    /// <summary>The checkout (the folder with Wbs.sln) above the AppHost's binaries, else the current folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wbs.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>A folder under the data directory, created if missing.</summary>
    public static string DataFolder(this IConfiguration config, string name) =>
        Directory.CreateDirectory(Path.Combine(DataDirectory(config), name)).FullName;
}
