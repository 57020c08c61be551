namespace Wbs.EvidenceStorage.Model;

/// <summary>The file is well formed but holds something that cannot be cleaned (macros, scripts); the advice says what to send instead.</summary>
public sealed class EvidenceRefusedException(string advice) : Exception(advice)
{
    /// <summary>Why, and what to do instead: Indonesian, then English.</summary>
    public string Advice { get; } = advice;
}
