using Wbs.Web.Infrastructure.Api;

namespace Wbs.Web.Infrastructure.Forms;

/// <summary>
/// Messages to show on a form: per field (next to the input, linked with aria-describedby) and
/// general ones (in the summary at the top). Problems from services land here, never as pages of internals.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _general = [];

    public bool Any => _fields.Count > 0 || _general.Count > 0;

    public IReadOnlyList<string> General => _general;

    public IEnumerable<(string Field, string Message)> FieldMessages =>
        _fields.SelectMany(f => f.Value.Select(m => (f.Key, m)));

    public void Add(string field, string message)
    {
        if (!_fields.TryGetValue(field, out var list))
        {
            _fields[field] = list = [];
        }
        list.Add(message);
    }

    public void AddGeneral(string message) => _general.Add(message);

    /// <summary>The one wording of an empty required field, in the page's language.</summary>
    private static string RequiredMessage => Lang.T("Wajib diisi.", "Required.");

    /// <summary>The one wording of too many evidence files, in the page's language.</summary>
    public static string AtMostFiles(int max) => Lang.T($"Maksimal {max} berkas.", $"At most {max} files.");

    public void Required(string field) => Add(field, RequiredMessage);

    /// <summary>Drops a field's messages (when a later, clearer one explains the same failure).</summary>
    public void Remove(string field) => _fields.Remove(field);

    /// <summary>Field errors go next to the fields this form has; everything else to the summary.</summary>
    public void Add(ApiProblem problem, params string[] formFields)
    {
        var placed = false;
        foreach (var (key, messages) in problem.Errors)
        {
            var field = formFields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            foreach (var message in messages)
            {
                if (field is not null)
                {
                    Add(field, message);
                    placed = true;
                }
                else
                {
                    AddGeneral(message);
                }
            }
        }
        if (!placed || problem.Errors.Count == 0)
        {
            AddGeneral(problem.Message);
        }
    }

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? For(string field) => _fields.TryGetValue(field, out var list) ? string.Join(" ", list) : null;

    /// <summary>The ids an input is described by: its hint (if any) and its error (if any).</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new[] { hintId, Has(field) ? $"{field}-error" : null }.Where(i => i is not null);
        var value = string.Join(' ', ids);
        return value.Length > 0 ? value : null;
    }

    public string? Invalid(string field) => Has(field) ? "true" : null;
}
