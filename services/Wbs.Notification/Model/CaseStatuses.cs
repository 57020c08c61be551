namespace Wbs.Notification.Model;

/// <summary>The case statuses of the public API and their Indonesian labels.</summary>
public static class CaseStatuses
{
    public const string Received = "received";

    public static string Label(string status) => status switch
    {
        "received" => "Diterima",
        "in_verification" => "Diverifikasi",
        "needs_information" => "Perlu Dilengkapi",
        "in_follow_up" => "Ditindaklanjuti",
        "closed" => "Selesai",
        "rejected" => "Ditolak",
        _ => status,
    };
}
