namespace Wbs.Bench;

public sealed record BenchResult(string Name, string Measured, string Target, bool Met)
{
    public override string ToString() => $"{(Met ? "MET " : "MISS")}  {Name,-40} {Measured,-40} target {Target}";
}
