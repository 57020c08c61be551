using System.Net;
using System.Net.Sockets;

namespace Wbs.TestSupport.Infrastructure;

public static class PortAllocator
{
    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago (the AppHost's own allocator).</summary>
    public static int GetFreePort() => Wbs.AppHost.Resources.PortAllocator.GetFreePort();

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
