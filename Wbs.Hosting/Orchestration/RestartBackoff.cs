namespace Wbs.Hosting.Orchestration;

/// <summary>1 s, 2 s, 4 s … at most 60 s between restarts; back to 1 s once a process stayed up long enough.</summary>
public static class RestartBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    public static TimeSpan Next(TimeSpan previous, TimeSpan uptime, TimeSpan stableAfter) =>
        previous == TimeSpan.Zero || uptime >= stableAfter ? First
        : previous * 2 > Max ? Max : previous * 2;
}
