namespace Wbs.AppHost.Tests;

/// <summary>A private folder under /tmp for one test, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wbs-apphost-tests", Guid.NewGuid().ToString("N")[..12])).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A server process may still hold a file for a moment; /tmp is cleaned anyway.
        }
    }
}
