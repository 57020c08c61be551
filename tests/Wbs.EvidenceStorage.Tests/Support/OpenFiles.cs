namespace Wbs.EvidenceStorage.Tests.Support;

/// <summary>The files a process holds open below a folder, deleted ones included, read through /proc.</summary>
public static class OpenFiles
{
    /// <returns>(/proc/PID/fd/N, target) for each; "self" when <paramref name="processId"/> is null.</returns>
    public static List<(string Descriptor, string Target)> Under(string folder, int? processId = null)
    {
        var found = new List<(string, string)>();
        string[] descriptors;
        try
        {
            descriptors = Directory.GetFiles($"/proc/{processId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "self"}/fd");
        }
        catch (DirectoryNotFoundException)
        {
            return found;
        }
        foreach (var descriptor in descriptors)
        {
            string? target;
            try
            {
                target = new FileInfo(descriptor).LinkTarget;
            }
            catch (IOException)
            {
                continue;
            }
            if (target is not null && target.StartsWith(folder + "/", StringComparison.Ordinal))
            {
                found.Add((descriptor, target));
            }
        }
        return found;
    }
}
