namespace Wbs.Hosting;

public static class RepositoryLocator
{
    /// <summary>The nearest folder holding <paramref name="marker"/>, searched upwards from the current directory, then from the app's own folder.</summary>
    public static string FindRoot(string marker = "Wbs.sln")
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, marker)))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"No {marker} found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}.");
    }
}
