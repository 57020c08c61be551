namespace Wbs.EvidenceStorage.Model;

/// <summary>
/// Keeps only a harmless base name of what the client called the file: no folders, no control or
/// shell-special characters, no leading dots, bounded length (the extension survives truncation).
/// </summary>
public static class SafeFileName
{
    public const int MaxLength = 120;
    public const string Fallback = "bukti";

    public static string From(string? raw)
    {
        var name = raw ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var chars = name.Normalize(System.Text.NormalizationForm.FormC)
            .Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*' or '\u202E' or '\u202D'))
            .Select(c => char.IsWhiteSpace(c) ? ' ' : c)
            .ToArray();
        name = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim().TrimStart('.').Trim();
        if (name.Length == 0)
        {
            return Fallback;
        }
        if (name.Length > MaxLength)
        {
            var extension = Path.GetExtension(name);
            extension = extension.Length is > 0 and <= 10 ? extension : "";
            name = name[..(MaxLength - extension.Length)].TrimEnd() + extension;
        }
        return name;
    }

    /// <summary>Lower-case extension with its dot, or empty.</summary>
    public static string Extension(string name) => Path.GetExtension(name).ToLowerInvariant();

    /// <summary>A name without an extension gets the type's usual one.</summary>
    public static string WithExtension(string name, EvidenceKind kind) =>
        Extension(name).Length == 0 ? name + kind.Extensions[0] : name;
}
