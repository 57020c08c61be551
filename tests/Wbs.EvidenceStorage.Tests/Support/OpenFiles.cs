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

    /// <summary>
    /// How many bytes the open file holds, through the descriptor (fstat). Neither the size of the
    /// /proc link (lstat: the link itself) nor the descriptor's offset (the sealed scratch stream
    /// writes with pwrite, which leaves the offset at 0) tells this.
    /// </summary>
    public static long Length(string descriptor)
    {
        try
        {
            using var handle = File.OpenHandle(descriptor, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return RandomAccess.GetLength(handle);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
