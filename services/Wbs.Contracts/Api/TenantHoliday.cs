namespace Wbs.Contracts.Api;

/// <summary>A day off: a national holiday (<c>national</c>) or a joint leave day (<c>cuti_bersama</c>, SKB 3 Menteri).</summary>
public sealed record TenantHoliday(DateOnly Date, string Name, string Kind = TenantHoliday.National)
{
    public const string National = "national";
    public const string CutiBersama = "cuti_bersama";
}
