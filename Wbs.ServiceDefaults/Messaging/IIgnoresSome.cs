namespace Wbs.ServiceDefaults.Messaging;

/// <summary>
/// A consumer that can tell from a message alone that it has nothing to do with it. The inbox neither looks such a
/// message up nor records it, and the consumer is not called: handling it twice changes nothing, so it needs no
/// round trip to the database (e.g. EvidenceStorage and a report without evidence, which is most reports).
/// </summary>
public interface IIgnoresSome<in TMessage> where TMessage : class
{
    bool Ignores(TMessage message);
}
