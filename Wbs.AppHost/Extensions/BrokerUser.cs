using System.Text.RegularExpressions;

namespace Wbs.AppHost.Extensions;

/// <summary>
/// One service's RabbitMQ user and what it may do. MassTransit names a message type's exchange
/// <c>Wbs.Contracts:&lt;Type&gt;</c> and a service's endpoints <c>&lt;service&gt;-…</c> (queues, their exchanges,
/// <c>_error</c>/<c>_skipped</c>, per-instance queues); its bus endpoint is <c>&lt;host&gt;_&lt;process&gt;_bus_…</c>, where MassTransit
/// keeps only the letters and digits of host and process name and may shorten the process name to 14 of them.
/// Declaring needs configure, publishing write, binding write on the destination and read on the source,
/// consuming read: so only a type's publishers get write on its exchange.
/// </summary>
public sealed record BrokerUser(string Service, string Process, IReadOnlyList<string> Publishes, IReadOnlyList<string> Consumes,
    bool AnswersRequests = false)
{
    public string Configure => Anchor([.. Own, .. Exchanges(Publishes.Concat(Consumes)), Faults, .. Responses]);

    public string Write => Anchor([.. Own, .. Exchanges(Publishes), Faults, .. Responses]);

    public string Read => Anchor([.. Own, .. Exchanges(Consumes), Faults]);

    private string[] Own => [$"{Regex.Escape(Service)}-.*", $"[A-Za-z0-9]*_{BusProcessName}[A-Za-z0-9]*_bus_.*"];

    /// <summary>The process name as MassTransit puts it into the bus endpoint's name (letters and digits, at most 14 when the name is long).</summary>
    private string BusProcessName => new string([.. Process.Where(char.IsAsciiLetterOrDigit)]) is var name && name.Length > 14 ? name[..14] : name;

    /// <summary>A consumer that gives up publishes <c>Fault&lt;T&gt;</c>, bound to MassTransit's <c>Fault</c> exchange.</summary>
    private const string Faults = "MassTransit:Fault(--.*)?";

    /// <summary>Responses go to the asker's bus endpoint, declared by the responder before it sends.</summary>
    private string[] Responses => AnswersRequests ? ["[A-Za-z0-9]*_[A-Za-z0-9]*_bus_.*"] : [];

    private static IEnumerable<string> Exchanges(IEnumerable<string> types) => types.Distinct().Select(t => Regex.Escape($"Wbs.Contracts:{t}"));

    private static string Anchor(IEnumerable<string> patterns) => $"^({string.Join("|", patterns)})$";
}
