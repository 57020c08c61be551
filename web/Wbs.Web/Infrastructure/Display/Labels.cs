using Wbs.Contracts;

namespace Wbs.Web.Infrastructure.Display;

/// <summary>Indonesian labels (with English) for the codes the services answer.</summary>
public static class Labels
{
    public static readonly string[] Statuses = CaseStatuses.All;

    public static string Status(string status) => CaseStatuses.Label(status);

    public static string StatusEnglish(string status) => CaseStatuses.EnglishLabel(status);

    public static readonly string[] Outcomes = ["proven", "not_proven", "forwarded"];

    public static string Outcome(string? outcome) => outcome switch
    {
        "proven" => "Terbukti / Proven",
        "not_proven" => "Tidak terbukti / Not proven",
        "forwarded" => "Dilimpahkan / Forwarded",
        null => "",
        _ => outcome,
    };

    public static readonly string[] Roles = [WbsClaims.Roles.Admin, WbsClaims.Roles.Supervisor, WbsClaims.Roles.Verifier,
        WbsClaims.Roles.Investigator, WbsClaims.Roles.Auditor, WbsClaims.Roles.Custodian];

    public static string Role(string role) => role switch
    {
        WbsClaims.Roles.Admin => "Administrator",
        WbsClaims.Roles.Supervisor => "Supervisor",
        WbsClaims.Roles.Verifier => "Verifikator",
        WbsClaims.Roles.Investigator => "Investigator",
        WbsClaims.Roles.Auditor => "Auditor",
        WbsClaims.Roles.Custodian => "Kustodian identitas",
        _ => role,
    };

    public static string ReporterType(string type) => type switch
    {
        "internal" => "Internal (pegawai)",
        "external" => "Eksternal (masyarakat)",
        _ => type,
    };

    public static string Category(TenantProfile tenant, string code) =>
        tenant.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code;

    public static string AuditAction(string action) => action switch
    {
        "case.opened" => "Kasus dibuka / Case opened",
        "case.viewed" => "Membuka kasus / Viewed case",
        "case.status_changed" => "Mengubah status / Changed status",
        "case.assigned" => "Menugaskan / Assigned",
        "case.message_staff" => "Pesan petugas / Staff message",
        "case.message_reporter" => "Pesan pelapor / Reporter message",
        "case.note" => "Catatan internal / Internal note",
        "evidence.supplemented" => "Bukti tambahan / Evidence added",
        "evidence.viewed" => "Membuka bukti / Viewed evidence",
        _ => action,
    };
}
