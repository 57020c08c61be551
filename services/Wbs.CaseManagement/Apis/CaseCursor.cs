using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Wbs.CaseManagement.Apis;

/// <summary>The inbox's keyset position (response due, tracking number), opaque to clients.</summary>
internal sealed record CaseCursor(DateTimeOffset ResponseDueAt, string TrackingNumber) : IComparable<CaseCursor>
{
    /// <summary>The inbox's order, as PostgreSQL sorts it (the "C" collation compares tracking numbers byte by byte).</summary>
    public int CompareTo(CaseCursor? other) => other is null ? 1
        : ResponseDueAt.CompareTo(other.ResponseDueAt) is var byDue and not 0 ? byDue
        : string.CompareOrdinal(TrackingNumber, other.TrackingNumber);

    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{ResponseDueAt.UtcTicks}:{TrackingNumber}"));

    public static CaseCursor? Decode(string value)
    {
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value));
            var colon = text.IndexOf(':');
            return colon > 0 && long.TryParse(text[..colon], out var ticks) && ticks >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks
                   && text[(colon + 1)..] is { Length: > 0 and <= 32 } tn
                ? new CaseCursor(new DateTimeOffset(ticks, TimeSpan.Zero), tn)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
