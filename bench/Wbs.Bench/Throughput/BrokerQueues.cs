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
            emptyReadings = await WaitingAsync(management) == 0 ? emptyReadings + 1 : 0;
            await Task.Delay(TimeSpan.FromSeconds(emptyReadings == 0 ? 1 : 5));
        }
        return watch.Elapsed;
    }

    /// <summary>
    /// From now until the first reading in which no queue holds a message (ready or being handled): how long the
    /// consumers took to catch up. The figures are up to five seconds old, so the time is as exact as that.
    /// </summary>
    public static async Task<TimeSpan> UntilFirstEmptyAsync(AppHostFixture system)
    {
        var watch = Stopwatch.StartNew();
        using var management = system.BrokerManagementClient();
        while (await WaitingAsync(management) > 0 && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return watch.Elapsed;
    }

    /// <summary>Messages in all queues, ready or being handled.</summary>
    private static async Task<long> WaitingAsync(HttpClient management)
    {
        using var queues = JsonDocument.Parse(await management.GetStringAsync("queues?columns=name,messages"));
        return queues.RootElement.EnumerateArray().Sum(q => q.TryGetProperty("messages", out var m) ? m.GetInt64() : 0);
    }
}
