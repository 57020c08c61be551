namespace Wbs.AppHost.Resources;

/// <summary>AppHost settings <c>Restart:*</c> (environment <c>Restart__MaxRestarts</c> …).</summary>
public sealed class RestartPolicyOptions
{
    public const string Section = "Restart";

    /// <summary>Restarts allowed inside <see cref="Window"/> before the resource is marked failed.</summary>
    public int MaxRestarts { get; set; } = 5;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>The first back-off; each further restart in the window doubles it, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan DelayFor(int attempt) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, InitialDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));
}
