using System.Diagnostics;
using System.Text.Json;
using Wbs.TestSupport;

namespace Wbs.Bench.Throughput;

/// <summary>The broker's queues through its management API, as the ops team sees them on the messaging resource.</summary>
public static class BrokerQueues
{
    /// <summary>
    /// Waits until no queue holds a message on two readings in a row (the management API's figures are a few
    /// seconds old), so a measurement does not run beside the backlog an earlier one left behind.
    /// </summary>
    public static async Task<TimeSpan> WaitUntilEmptyAsync(AppHostFixture system)
    {
        var watch = Stopwatch.StartNew();
        using var management = system.BrokerManagementClient();
        var emptyReadings = 0;
        while (emptyReadings < 2 && watch.Elapsed < TimeSpan.FromMinutes(5))
        {
            using var queues = JsonDocument.Parse(await management.GetStringAsync("queues?columns=name,messages"));
            var waiting = queues.RootElement.EnumerateArray().Sum(q => q.TryGetProperty("messages", out var m) ? m.GetInt64() : 0);
            emptyReadings = waiting == 0 ? emptyReadings + 1 : 0;
            await Task.Delay(TimeSpan.FromSeconds(emptyReadings == 0 ? 1 : 5));
        }
        return watch.Elapsed;
    }
}
