namespace Wbs.AppHost.Dashboard;

public static class DashboardExtensions
{
    /// <summary>The ops dashboard (and OTLP receiver) on 127.0.0.1:WBS_DASHBOARD_PORT (18888); returns its URL.</summary>
    public static string AddOpsDashboard(this DistributedApplicationBuilder builder, WbsSecrets secrets)
    {
        var port = builder.GetPort("WBS_DASHBOARD_PORT", 18888);
        _ = secrets;
        return $"http://127.0.0.1:{port}";
    }
}
