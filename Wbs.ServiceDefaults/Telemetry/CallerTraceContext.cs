using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;

namespace Wbs.ServiceDefaults.Telemetry;

/// <summary>
/// A process that faces the internet (the gateway, <see cref="TelemetryOptions.FollowCallers"/> false) begins a trace
/// of its own for every request. A trace context sent by the client (<c>traceparent</c>, <c>tracestate</c>,
/// <c>baggage</c>, <c>Request-Id</c>) is a marker a tracker could plant on a reporter's requests and find again in a
/// report's spans, outbox row or message headers. ASP.NET Core reads it through its
/// <see cref="DistributedContextPropagator"/>, and OpenTelemetry's ASP.NET Core instrumentation reads it once more
/// through its default <see cref="TextMapPropagator"/>; both are given one that reads nothing. Context still goes out:
/// the gateway's own span is the parent of the service's (see the gateway's ProxiedTraceContext).
/// </summary>
public static class CallerTraceContext
{
    public static IServiceCollection IgnoreCallerTraceContext(this IServiceCollection services)
    {
        services.AddSingleton<DistributedContextPropagator>(new WritingOnly(DistributedContextPropagator.CreateDefaultPropagator()));
        Sdk.SetDefaultTextMapPropagator(new ReadingNothing());
        return services;
    }

    private sealed class WritingOnly(DistributedContextPropagator writer) : DistributedContextPropagator
    {
        public override IReadOnlyCollection<string> Fields => writer.Fields;

        public override void Inject(Activity? activity, object? carrier, PropagatorSetterCallback? setter) => writer.Inject(activity, carrier, setter);

        public override void ExtractTraceIdAndState(object? carrier, PropagatorGetterCallback? getter, out string? traceId, out string? traceState)
        {
            traceId = null;
            traceState = null;
        }

        public override IEnumerable<KeyValuePair<string, string?>>? ExtractBaggage(object? carrier, PropagatorGetterCallback? getter) => null;
    }

    /// <summary>The instrumentation's own reading: nothing is taken from the request. Nothing is written either; the runtime writes.</summary>
    private sealed class ReadingNothing : TextMapPropagator
    {
        public override ISet<string> Fields { get; } = new HashSet<string>();

        public override PropagationContext Extract<T>(PropagationContext context, T carrier, Func<T, string, IEnumerable<string>?> getter) => context;

        public override void Inject<T>(PropagationContext context, T carrier, Action<T, string, string> setter)
        {
        }
    }
}
