using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Trace;
using Wbs.ServiceDefaults.Telemetry;

namespace Wbs.ServiceDefaults.Tests;

public sealed class TraceBudgetSamplerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero));

    private static SamplingParameters NewTrace(ActivityContext parent = default) =>
        new(parent, ActivityTraceId.CreateRandom(), "POST /api/{tenant}/complaints", ActivityKind.Server);

    private static ActivityContext Caller(bool sampled) =>
        new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), sampled ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None, isRemote: true);

    private static int Recorded(Sampler sampler, int traces, Func<SamplingParameters> next) =>
        Enumerable.Range(0, traces).Count(_ => sampler.ShouldSample(next()).Decision == SamplingDecision.RecordAndSample);

    [Fact]
    public void Every_trace_within_the_budget_is_recorded_then_none_beyond_it_until_the_next_second()
    {
        var sampler = TraceBudgetSampler.ForProcess(new TelemetryOptions { TracesPerSecond = 50, ShareBeyondBudget = 0 }, _clock);

        Assert.Equal(50, Recorded(sampler, 500, () => NewTrace()));
        _clock.Advance(TimeSpan.FromMilliseconds(999 - _clock.GetUtcNow().Millisecond));
        Assert.Equal(0, Recorded(sampler, 10, () => NewTrace()));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(50, Recorded(sampler, 500, () => NewTrace()));
    }

    [Fact]
    public void Beyond_the_budget_a_share_of_traces_is_recorded()
    {
        var sampler = TraceBudgetSampler.ForProcess(new TelemetryOptions { TracesPerSecond = 10, ShareBeyondBudget = 0.25 }, _clock);

        var recorded = Recorded(sampler, 4010, () => NewTrace());

        // 10 within the budget, then a quarter of 4,000 by trace id: 1,000 expected, ±150 leaves chance out of it.
        Assert.InRange(recorded, 860, 1160);
    }

    [Fact]
    public void Inside_WBS_a_span_follows_its_callers_decision_whatever_the_budget()
    {
        var sampler = TraceBudgetSampler.ForProcess(new TelemetryOptions { TracesPerSecond = 1, ShareBeyondBudget = 0 }, _clock);
        Recorded(sampler, 5, () => NewTrace());

        Assert.Equal(20, Recorded(sampler, 20, () => NewTrace(Caller(sampled: true))));
        Assert.Equal(0, Recorded(sampler, 20, () => NewTrace(Caller(sampled: false))));
    }

    [Fact]
    public void At_the_gateway_a_callers_trace_flags_do_not_decide()
    {
        var sampler = TraceBudgetSampler.ForProcess(new TelemetryOptions { TracesPerSecond = 3, ShareBeyondBudget = 0, FollowCallers = false }, _clock);

        // A flood that marks every request "recorded" gets the budget, no more.
        Assert.Equal(3, Recorded(sampler, 100, () => NewTrace(Caller(sampled: true))));
        _clock.Advance(TimeSpan.FromSeconds(1));
        // And a caller that asks for nothing is still traced within the budget.
        Assert.Equal(3, Recorded(sampler, 100, () => NewTrace(Caller(sampled: false))));
    }
}
