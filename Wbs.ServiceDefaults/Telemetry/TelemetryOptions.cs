using System.ComponentModel.DataAnnotations;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>How many traces a process records (section <c>Telemetry</c>); see <see cref="TraceBudgetSampler"/>.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>New traces recorded whole each second, per process: far above an agency's everyday traffic.</summary>
    [Range(0, 100_000)]
    public int TracesPerSecond { get; set; } = 50;

    /// <summary>
    /// The share of new traces recorded beyond that budget. Small, because in a flood the dashboard pays for every span
    /// on the same cores: at 5 % it took a quarter of the 2-core machine under a flood of trivial GETs, at 1 % (with 20 a
    /// second) a fourteenth.
    /// </summary>
    [Range(0.0, 1.0)]
    public double ShareBeyondBudget { get; set; } = 0.01;

    /// <summary>
    /// Whether a caller's trace context is followed. True inside WBS, where callers are its own services (a consumer's
    /// spans join the trace of the message they handle); false at the gateway, where the caller is on the internet:
    /// its trace context is not read at all (<see cref="CallerTraceContext"/>), so it can neither mark every request of
    /// a flood as one to record nor plant a trace id that follows a reporter's request into the services.
    /// </summary>
    public bool FollowCallers { get; set; } = true;
}
