namespace Wbs.TestSupport;

/// <summary>
/// The one TOTP gate of every test process. Identity accepts a time step once per user (sign-in, key set-up and
/// password change alike) and also the step after the current one (clock drift), so a test takes the earliest
/// step after the last one it used that is still accepted, and waits only when it is two steps ahead.
/// </summary>
public static class TotpSteps
{
    private static readonly Dictionary<string, long> LastUsed = [];

    /// <summary>The step to send a code of now, or null when both the current and the next step are spent.</summary>
    public static long? TryReserve(string tenant, string username)
    {
        var current = TestTotp.Step(DateTimeOffset.UtcNow);
        var key = $"{tenant}/{username}";
        lock (LastUsed)
        {
            var next = LastUsed.TryGetValue(key, out var used) ? Math.Max(used + 1, current) : current;
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
}
