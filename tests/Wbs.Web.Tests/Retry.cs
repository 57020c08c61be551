namespace Wbs.Web.Tests;

/// <summary>
/// For steps a person would retry while a message crosses the broker, where every failed attempt
/// costs something (a wrong complaint-code look-up counts toward the tenant-wide guessing limit):
/// once a second, not as fast as <see cref="Eventually"/> polls.
/// </summary>
public static class Retry
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(1000);
        }
        Assert.Fail($"Timed out waiting for {what}.");
    }
}
