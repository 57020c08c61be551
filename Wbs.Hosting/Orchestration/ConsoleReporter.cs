namespace Wbs.Hosting.Orchestration;

/// <summary>One short line per resource event on standard output (the foreground view of <c>wbs run</c>).</summary>
public sealed class ConsoleReporter(TextWriter? output = null)
{
    private readonly TextWriter _output = output ?? Console.Out;
    private readonly Lock _gate = new();

    public void Status(ResourceState state, string? detail = null)
    {
        var pid = state.ProcessId is { } p ? $"pid {p}" : "";
        var where = state.Url ?? (state.Port is { } port ? $"127.0.0.1:{port}" : "");
        Line($"  {state.Name,-18} {state.Status.ToString().ToLowerInvariant(),-10} {pid,-10} {where} {detail}".TrimEnd());
    }

    public void Line(string text)
    {
        lock (_gate)
        {
            _output.WriteLine(text);
            _output.Flush();
        }
    }
}
