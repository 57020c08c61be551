namespace Wbs.TestSupport;

/// <summary>
/// The processes of one running system, found through /proc: every process whose command line,
/// environment or working folder names one of the run's unique markers (its data folder, its
/// dashboard and OTLP addresses).
/// </summary>
public static class SystemProcesses
{
    public static IReadOnlyList<int> Find(params string[] markers) =>
        [.. Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId && Mentions(pid, markers))];

    public static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z", StringComparison.Ordinal);

    private static bool Mentions(int pid, string[] markers)
    {
        var text = Read($"/proc/{pid}/cmdline") + "\n" + Read($"/proc/{pid}/environ") + "\n" + Cwd(pid);
        return markers.Any(m => text.Contains(m, StringComparison.Ordinal));
    }

    private static string Cwd(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
