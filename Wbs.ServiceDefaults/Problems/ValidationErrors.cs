namespace Wbs.ServiceDefaults.Problems;

public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
    }

    /// <summary>Checks a text's length; <paramref name="min"/> above zero makes it required.</summary>
    public void Length(string field, string? value, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (min > 0 && length == 0)
        {
            Add(field, ValidationMessages.Required);
        }
        else if (length > 0 && length < min)
        {
            Add(field, ValidationMessages.AtLeastCharacters(min));
        }
        else if (length > max)
        {
            Add(field, ValidationMessages.AtMostCharacters(max));
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
