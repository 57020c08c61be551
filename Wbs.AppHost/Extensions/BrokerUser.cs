using System.Text.RegularExpressions;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// One service's RabbitMQ user and what it may do. MassTransit names a message type's exchange
/// <c>Wbs.Contracts:&lt;Type&gt;</c> and a service's endpoints <c>&lt;service&gt;-…</c> (queues, their exchanges,
/// <c>_error</c>/<c>_skipped</c>, per-instance queues); its bus endpoint is <c>&lt;host&gt;_&lt;process&gt;_bus_…</c>.
/// Declaring needs configure, publishing write, binding write on the destination and read on the source,
/// consuming read: so only a type's publishers get write on its exchange.
/// </summary>
public sealed record BrokerUser(string Service, string Process, IReadOnlyList<string> Publishes, IReadOnlyList<string> Consumes,
    bool AnswersRequests = false)
{
    public string Configure => Anchor([.. Own, .. Exchanges(Publishes.Concat(Consumes)), Faults]);

    public string Write => Anchor([.. Own, .. Exchanges(Publishes), Faults, .. AnswersRequests ? [AnyBusEndpoint] : Array.Empty<string>()]);

    public string Read => Anchor([.. Own, .. Exchanges(Consumes)]);

    private string[] Own => [$"{Regex.Escape(Service)}-.*", $"[^:]*_{Regex.Escape(Process)}_bus_.*"];

    private const string Faults = "MassTransit:Fault--.*";

    /// <summary>Responses go to the asker's bus endpoint.</summary>
    private const string AnyBusEndpoint = "[^:]*_bus_.*";

    private static IEnumerable<string> Exchanges(IEnumerable<string> types) => types.Distinct().Select(t => Regex.Escape($"Wbs.Contracts:{t}"));

    private static string Anchor(IEnumerable<string> patterns) => $"^({string.Join("|", patterns)})$";
}
