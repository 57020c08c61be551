using System.Collections.Concurrent;

namespace Wbs.TestSupport;

/// <summary>
/// The one TOTP gate of every test process. Identity accepts a time step once per user (sign-in, key set-up and
/// password change alike) and also the steps before and after the current one (clock drift), so a test takes the
/// earliest step after the last one it used that is still accepted, and waits only when all three are spent. The
/// previous step is taken only early in the current one, so that it is still accepted when the request arrives.
/// </summary>
public static class TotpSteps
{
    private static readonly Dictionary<string, long> LastUsed = [];
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new();

    /// <summary>The previous step is sent only while at least this many seconds of the current one remain.</summary>
    private const int PreviousStepMargin = 15;

    /// <summary>The step to send a code of now, or null when the previous, current and next steps are spent.</summary>
    public static long? TryReserve(string tenant, string username)
    {
        var now = DateTimeOffset.UtcNow;
        var current = TestTotp.Step(now);
        var earliest = TestTotp.Step(now.AddSeconds(PreviousStepMargin)) == current ? current - 1 : current;
        var key = Key(tenant, username);
        lock (LastUsed)
        {
            var next = LastUsed.TryGetValue(key, out var used) ? Math.Max(used + 1, earliest) : earliest;
            if (next > current + 1)
            {
                return null;
            }
            LastUsed[key] = next;
            return next;
        }
    }

    public static async Task<long> ReserveAsync(string tenant, string username)
    {
        while (true)
        {
            if (TryReserve(tenant, username) is { } step)
            {
                return step;
            }
            await Task.Delay(500);
        }
    }

    public static async Task<string> NextCodeAsync(string tenant, string username, string base32Secret) =>
        TestTotp.ComputeForStep(base32Secret, await ReserveAsync(tenant, username));

    public static Task<string> NextCodeAsync(DevStaff staff) => NextCodeAsync(staff.Tenant, staff.Username, staff.TotpSecret);

    /// <summary>
    /// The account's gate, to hold from taking a code until Identity has answered it. Identity accepts only steps after
    /// the last one it saw: without the gate, a test that took a later step could reach it first and make this one stale.
    /// </summary>
    public static async Task<IDisposable> HoldAsync(string tenant, string username)
    {
        var gate = Gates.GetOrAdd(Key(tenant, username), _ => new(1, 1));
        await gate.WaitAsync();
        return new Held(gate);
    }

    private static string Key(string tenant, string username) => $"{tenant}/{username}";

    private sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
