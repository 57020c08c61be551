using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Wbs.Intake.Services;

/// <summary>
/// Reports accepted, by tenant and channel, on the <c>Wbs.Intake</c> meter: the ops dashboard's rate of new reports.
/// A counter rather than a log line per report, so that a flood neither costs the dashboard a line per report nor
/// pushes the warnings that matter out of its log view.
/// </summary>
public sealed class ComplaintMetrics(IMeterFactory meters)
{
    public const string MeterName = "Wbs.Intake";
    public const string Accepted = "wbs.complaints.accepted";

    private readonly Counter<long> _accepted = meters.Create(MeterName)
        .CreateCounter<long>(Accepted, "{report}", "Reports accepted and given a tracking number");

    public void Accept(string tenant, string channel) =>
        _accepted.Add(1, new TagList { { "wbs.tenant", tenant }, { "wbs.channel", channel } });
}
