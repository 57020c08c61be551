namespace Wbs.EndToEnd.Tests;

/// <summary>
/// Tests that put a tenant under pressure on purpose: they run alone, after the others, so that no
/// other test meets the proof of work they cause.
/// </summary>
[CollectionDefinition(nameof(FloodCollection), DisableParallelization = true)]
public sealed class FloodCollection;
