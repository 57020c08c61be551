namespace Wbs.CaseManagement.Apis;

/// <summary>One horizontal bar: its label, one value per series (stacked), and the text printed beside it.</summary>
internal sealed record ChartBar(string Label, IReadOnlyList<double> Values, string ValueText);

/// <summary>What a chart shows, in the reader's language; <see cref="SvgChart"/> draws it.</summary>
internal sealed record ChartSpec(string Title, string Description, IReadOnlyList<string> Series, IReadOnlyList<ChartBar> Bars);
