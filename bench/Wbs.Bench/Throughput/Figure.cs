namespace Wbs.Bench.Throughput;

/// <summary>One measured figure beside the physical anchor it is compared with (same machine, same run).</summary>
public sealed record Figure(string Name, double Value, string Unit, string Anchor, double AnchorValue)
{
    public double Ratio => AnchorValue > 0 ? Value / AnchorValue : 0;

    public override string ToString() =>
        $"{Name,-38} {Value,10:F1} {Unit,-8} vs {Anchor,-34} {AnchorValue,10:F1}  ratio {Ratio:F3}";
}
