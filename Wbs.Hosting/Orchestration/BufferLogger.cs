using Microsoft.Extensions.Logging;

namespace Wbs.Hosting.Orchestration;

/// <summary>Sends a server's log (its console lines arrive at Debug) to its buffer; warnings also to the console.</summary>
internal sealed class BufferLogger(ResourceState state, ILogger console, TimeProvider time) : ILogger
{
    public IDisposable? BeginScope<TState>(TState scope) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state1, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = formatter(state1, exception);
        state.Logs.Add(text, time.GetUtcNow());
        if (logLevel >= LogLevel.Warning)
        {
            console.Log(logLevel, eventId, "{Resource}: {Message}", state.Name, text);
        }
    }
}
