namespace Wbs.Hosting.Orchestration;

public enum ResourceStatus
{
    Pending,
    Starting,
    Running,
    Healthy,
    Unhealthy,
    Crashed,
    Restarting,
    Stopping,
    Stopped,
    Failed,
}
