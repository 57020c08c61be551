namespace Wbs.AppHost.Tests;

internal static class ProcessProbe
{
    /// <summary>True while the process exists and is not a zombie.</summary>
    public static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }
        try
        {
            var state = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) ?? "";
            return !state.Contains('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
