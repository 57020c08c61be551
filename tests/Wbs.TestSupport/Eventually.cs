namespace Wbs.TestSupport;

/// <summary>Polls for an outcome of asynchronous work (messages crossing the broker) instead of sleeping.</summary>
public static class Eventually
{
    /// <summary>
    /// For steps a person would retry while a message crosses the broker, where every failed attempt costs something
    /// (a wrong complaint-code look-up counts toward the tenant-wide guessing limit): once a second, for a minute.
    /// </summary>
    public static Task LikeAPersonAsync(Func<Task<bool>> probe, string what) =>
        TrueAsync(probe, TimeSpan.FromSeconds(60), what, every: TimeSpan.FromSeconds(1));

    /// <param name="every">Between probes; 100 ms unless told.</param>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null, string? what = null, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "the expected outcome"}.");
            }
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, TimeSpan? timeout = null, string? what = null, TimeSpan? every = null) =>
        GetAsync<object>(async () => await probe() ? new object() : null, timeout, what, every);
}
