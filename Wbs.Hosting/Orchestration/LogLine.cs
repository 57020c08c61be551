namespace Wbs.Hosting.Orchestration;

public sealed record LogLine(DateTimeOffset Timestamp, string Text);
