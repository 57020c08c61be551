namespace Wbs.Web.Tests;

/// <summary>
/// Identity accepts a TOTP time step once per user (sign-in and password change alike), and test
/// classes run in parallel: every code this assembly sends comes from here, so no two tests ever
/// spend the same step of the same user. A second use waits for the next 30-second step.
/// </summary>
public static class TotpSteps
{
    private static readonly Dictionary<string, long> LastUsed = [];

    public static async Task<string> NextCodeAsync(string tenant, string username, string base32Secret)
    {
        var key = $"{tenant}/{username}";
        while (true)
        {
            var step = TestTotp.Step(DateTimeOffset.UtcNow);
            lock (LastUsed)
            {
                if (!LastUsed.TryGetValue(key, out var used) || used < step)
                {
                    LastUsed[key] = step;
                    return TestTotp.ComputeForStep(base32Secret, step);
                }
            }
            await Task.Delay(500);
        }
    }

    public static Task<string> NextCodeAsync(DevStaff staff) => NextCodeAsync(staff.Tenant, staff.Username, staff.TotpSecret);
}
