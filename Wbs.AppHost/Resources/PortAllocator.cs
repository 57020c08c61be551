using System.Net;
using System.Net.Sockets;

namespace Wbs.AppHost.Resources;

public static class PortAllocator
{
    // Below the kernel's ephemeral range (Linux: 32768-60999), above the defaults ./wbs run listens on (8080, 15432,
    // 15672, 15673, 18888-18891). Never RabbitMQ's default distribution port, nor a port this AppHost was given in a
    // WBS_*_PORT setting: whoever gave it (a test) chose it before this process started and may not have bound it yet.
    private const int Lowest = 20_000;
    private const int AboveHighest = 32_768;
    private static readonly HashSet<int> Avoided =
    [
        25_672,
        .. Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("WBS_", StringComparison.Ordinal) && name.EndsWith("_PORT", StringComparison.Ordinal))
            .Select(name => int.TryParse(Environment.GetEnvironmentVariable(name), out var port) ? port : 0),
    ];

    // Where this process takes its next port: from a random start, then onwards, so it never hands out one port twice
    // and two processes starting at once take from places far apart.
    private static int _next = Random.Shared.Next(AboveHighest - Lowest);

    /// <summary>How many ports lie between <see cref="Lowest"/> and the ephemeral range, read once.</summary>
    private static readonly int Count = Math.Min(AboveHighest, EphemeralLow()) - Lowest;

    /// <summary>
    /// A TCP port on 127.0.0.1 that was free a moment ago, taken below the kernel's ephemeral range. A port the kernel
    /// hands out (the old way: bind to port 0) can be taken as the local end of an outgoing connection before the
    /// resource binds it. That happened in CI: CaseManagement, waiting for PostgreSQL and RabbitMQ while the other
    /// resources opened their connections, failed to start with "address already in use", and the AppHost never
    /// became ready. Below the range no outgoing connection takes a port.
    /// </summary>
    public static int GetFreePort()
    {
        if (Count <= 1_000)
        {
            return AnyFreePort(); // a machine whose ephemeral range starts low: nothing outside it is left
        }
        for (var i = 0; i < Count; i++)
        {
            var port = Lowest + (int)((uint)Interlocked.Increment(ref _next) % (uint)Count);
            if (!Avoided.Contains(port) && IsFree(port))
            {
                return port;
            }
        }
        return AnyFreePort();
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int AnyFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of the ephemeral range (<c>/proc/sys/net/ipv4/ip_local_port_range</c>), 32768 if unknown.</summary>
    private static int EphemeralLow()
    {
        try
        {
            return int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0],
                System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return AboveHighest;
        }
    }
}
