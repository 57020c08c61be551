namespace Wbs.Identity.Extensions;

public sealed class CodeGuessingOptions
{
    /// <summary>Failed complaint-code look-ups per tenant within <see cref="Window"/> before every further one answers 429.</summary>
    public int MaxFailures { get; set; } = 60;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
