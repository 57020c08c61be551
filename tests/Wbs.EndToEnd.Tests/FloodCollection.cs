namespace Wbs.EndToEnd.Tests;

/// <summary>
/// Tests that put a tenant under pressure on purpose, or hold a lock on a shared table: they run alone, after the
/// others, so that no other test meets the proof of work or the wait they cause.
/// </summary>
[CollectionDefinition(nameof(FloodCollection), DisableParallelization = true)]
public sealed class FloodCollection;
