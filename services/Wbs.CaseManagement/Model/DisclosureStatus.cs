namespace Wbs.CaseManagement.Model;

public static class DisclosureStatus
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Denied = "denied";

    public static string Label(string status) => status switch
    {
        Pending => "Menunggu keputusan",
        Approved => "Disetujui",
        Denied => "Ditolak",
        _ => status,
    };
}
