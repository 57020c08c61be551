namespace Wbs.AppHost.Dashboard;

public static class DashboardExtensions
{
    /// <summary>
    /// The ops dashboard and OTLP receiver on 127.0.0.1:WBS_DASHBOARD_PORT (18888); every project exports its
    /// telemetry there. Returns the dashboard's URL.
    /// </summary>
    public static string AddOpsDashboard(this DistributedApplicationBuilder builder, WbsSecrets secrets)
    {
        var dashboard = new OpsDashboard(builder.GetPort("WBS_DASHBOARD_PORT", 18888), secrets.DashboardToken);
        builder.LifecycleHooks.Add(dashboard);
        builder.OtlpEndpoint = dashboard.Url;
        return dashboard.Url;
    }
}
