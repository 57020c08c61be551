using Wbs.Hosting.ApplicationModel;

namespace Wbs.Hosting.Orchestration;

/// <summary>Adds every declared resource to the monitor with the ports and addresses known before anything starts.</summary>
internal static class ResourceRegistration
{
    public static void Register(ResourceMonitor monitor, IEnumerable<IResource> resources)
    {
        foreach (var resource in resources)
        {
            var state = monitor.Add(resource.Name, KindOf(resource));
            switch (resource)
            {
                case PostgresServerResource pg:
                    state.Port = pg.Port;
                    break;
                case RabbitMQServerResource rabbit:
                    state.Port = rabbit.Port;
                    state.Url = $"amqp://127.0.0.1:{rabbit.Port} (management http://127.0.0.1:{rabbit.ManagementPort})";
                    break;
                case ProjectResource project:
                    state.Port = project.Port;
                    state.Url = project.Url;
                    break;
            }
        }
    }

    private static string KindOf(IResource resource) => resource switch
    {
        PostgresServerResource => "PostgreSQL",
        PostgresDatabaseResource => "Database",
        RabbitMQServerResource => "RabbitMQ",
        ProjectResource => "Project",
        _ => resource.GetType().Name,
    };
}
