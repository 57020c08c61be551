namespace Wbs.Web.Infrastructure.Forms;

/// <summary>The text fields of a streamed multipart form (the files went on to EvidenceStorage as they arrived).</summary>
public sealed class StreamedForm
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    internal void Add(string name, string value)
    {
        if (!_fields.TryGetValue(name, out var values))
        {
            _fields[name] = values = [];
        }
        values.Add(value);
    }

    public string? this[string name] => _fields.TryGetValue(name, out var values) ? values[0] : null;

    public IReadOnlyList<string> All(string name) => _fields.TryGetValue(name, out var values) ? values : [];

    /// <summary>A trimmed value, null when blank.</summary>
    public string? Text(string name) => this[name]?.Trim() is { Length: > 0 } value ? value : null;
}
