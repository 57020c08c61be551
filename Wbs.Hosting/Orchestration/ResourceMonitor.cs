using System.Collections.Concurrent;

namespace Wbs.Hosting.Orchestration;

/// <summary>The live state of every resource, in the order they were declared.</summary>
public sealed class ResourceMonitor
{
    private readonly ConcurrentDictionary<string, ResourceState> _states = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public IReadOnlyList<ResourceState> All => _order.Select(n => _states[n]).ToList();

    public ResourceState this[string name] => _states[name];

    internal ResourceState Add(string name, string kind)
    {
        var state = new ResourceState(name, kind);
        _states[name] = state;
        _order.Add(name);
        return state;
    }
}
