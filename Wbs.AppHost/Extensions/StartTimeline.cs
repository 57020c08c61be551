using System.Diagnostics;
using Aspire.Hosting.Lifecycle;
using Microsoft.Extensions.DependencyInjection;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// With <c>WBS_TIMELINE=true</c>, prints every resource's state and health change with the seconds
/// since the AppHost started: where a slow start spends its time (<c>./wbs bench</c> shows it too).
/// </summary>
public static class StartTimeline
{
    private static readonly long Started = Stopwatch.GetTimestamp();

    public static void AddStartTimeline(this IDistributedApplicationBuilder builder) =>
        builder.Eventing.Subscribe<BeforeStartEvent>((e, ct) =>
        {
            var notifications = e.Services.GetRequiredService<ResourceNotificationService>();
            var stopping = e.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
            _ = Task.Run(() => PrintAsync(notifications, stopping), stopping);
            return Task.CompletedTask;
        });

    private static async Task PrintAsync(ResourceNotificationService notifications, CancellationToken stopping)
    {
        var last = new Dictionary<string, string>();
        try
        {
            await foreach (var e in notifications.WatchAsync(stopping))
            {
                var state = $"{e.Snapshot.State?.Text} {e.Snapshot.HealthStatus}".Trim();
                if (e.Resource is not ParameterResource && last.GetValueOrDefault(e.Resource.Name) != state)
                {
                    last[e.Resource.Name] = state;
                    Console.WriteLine($"[timeline] {Stopwatch.GetElapsedTime(Started).TotalSeconds,6:F1} s  {e.Resource.Name,-20} {state}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
