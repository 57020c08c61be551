namespace Wbs.EvidenceStorage.Model;

/// <summary>What to take out of one XML part: whole elements, or the values of attributes.</summary>
public sealed record XmlScrubRules
{
    /// <summary>(namespace, local name) → label reported when such an element is dropped.</summary>
    public IReadOnlyDictionary<(string Namespace, string Name), string> DropElements { get; init; } =
        new Dictionary<(string, string), string>();

    /// <summary>(namespace, local name) → label reported when such an element's content is emptied (the element stays, so indexes into a list of them still hold).</summary>
    public IReadOnlyDictionary<(string Namespace, string Name), string> BlankElements { get; init; } =
        new Dictionary<(string, string), string>();

    /// <summary>Decides on an element by its attributes (the reader is on the element): a label drops it, null keeps it.</summary>
    public Func<System.Xml.XmlReader, string?>? DropWhen { get; init; }

    /// <summary>Decides on an attribute by its value (the reader is on the attribute): a label blanks it, null keeps it.</summary>
    public Func<System.Xml.XmlReader, string?>? BlankAttributeWhen { get; init; }

    /// <summary>(namespace, local name) → label reported when such an attribute is blanked.</summary>
    public IReadOnlyDictionary<(string Namespace, string Name), string> BlankAttributes { get; init; } =
        new Dictionary<(string, string), string>();
}
