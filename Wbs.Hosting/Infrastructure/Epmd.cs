using System.Diagnostics;

namespace Wbs.Hosting.Infrastructure;

/// <summary>Erlang's port mapper, which RabbitMQ starts and leaves running.</summary>
internal static class Epmd
{
    public const int Port = 4369;

    /// <summary>Erlang leaves its port mapper running; it refuses to die while other nodes are registered, which is what we want.</summary>
    public static async Task KillAsync()
    {
        for (var attempt = 0; attempt < 10 && PortAllocator.IsListening(Port); attempt++)
        {
            try
            {
                var info = new ProcessStartInfo("epmd") { RedirectStandardOutput = true, RedirectStandardError = true };
                info.ArgumentList.Add("-kill");
                info.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
                using var process = Process.Start(info)!;
                var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                if (output.Contains("not allowed", StringComparison.OrdinalIgnoreCase))
                {
                    return; // another Erlang node (not ours) still uses it
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return;
            }
            await Task.Delay(300);
        }
    }
}
