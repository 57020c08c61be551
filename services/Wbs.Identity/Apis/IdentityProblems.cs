namespace Wbs.Identity.Apis;

/// <summary>The texts of this service's problem answers, built by the one <see cref="Problems"/> factory.</summary>
public static class IdentityProblems
{
    /// <summary>The one answer to every failed sign-in, whatever was wrong.</summary>
    public static ProblemHttpResult InvalidCredentials() => Problems.Unauthorized(
        "Data masuk tidak cocok. / The sign-in details do not match.");

    public static ProblemHttpResult Throttled() => Problems.TooManyRequests(
        "Terlalu banyak percobaan yang gagal. Coba lagi nanti. / Too many failed attempts. Try again later.");

    /// <summary>A staff name with too many recent failures: the same answer for existing and unknown names, and whatever failed.</summary>
    public static ProblemHttpResult SignInThrottled() => Problems.TooManyRequests(
        "Terlalu banyak percobaan masuk yang gagal dengan nama ini. Coba lagi nanti; sandi dan kode TOTP yang benar tetap bisa masuk. / "
        + "Too many failed sign-ins with this name. Try again later; the right password and TOTP code still get in.");

    /// <summary>API.md "Proof of work (v1.1)": the same answer for existing and unknown names.</summary>
    public static ProblemHttpResult ProofOfWorkRequired(ProofOfWorkDemand demand) =>
        TypedResults.Problem(ProofOfWorkProblem.Create(demand.Challenge, demand.Difficulty));

    public static ProblemHttpResult UsernameTaken() => Problems.Conflict(
        "Nama pengguna sudah dipakai. / The username is taken.");

    public static ProblemHttpResult CodeAlreadyLinked() => Problems.Conflict(
        "Laporan ini sudah terhubung dengan sebuah akun. / This report is already linked to an account.");

    public static ProblemHttpResult CodeUnknown() => Problems.Unprocessable("Kode pengaduan tidak dikenal. / Unknown complaint code.",
        new Dictionary<string, string[]> { ["complaintCode"] = ["Kode pengaduan tidak dikenal. / Unknown complaint code."] });

    public static ProblemHttpResult AccountUnknown() => Problems.NotFound(
        "Akun tidak ditemukan. / Account not found.");

    public static ProblemHttpResult StaffUserUnknown() => Problems.NotFound(
        "Pengguna staf tidak ditemukan. / Staff user not found.");

    public static ProblemHttpResult CannotDisableSelf() => Problems.Conflict(
        "Anda tidak dapat menonaktifkan akun Anda sendiri. / You cannot disable your own account.");

    public static ProblemHttpResult TotpEnrolmentPending() => Problems.Conflict(
        "Siapkan dulu kode TOTP baru Anda. / Set up your new TOTP first.");

    public static ProblemHttpResult NoTotpEnrolment() => Problems.Conflict(
        "Tidak ada penyiapan TOTP yang menunggu. / No TOTP set-up is pending.");

    public static ProblemHttpResult For(LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.UsernameTaken => UsernameTaken(),
        LinkOutcome.CodeAlreadyLinked => CodeAlreadyLinked(),
        LinkOutcome.CodeUnknown => CodeUnknown(),
        LinkOutcome.AccountUnknown => AccountUnknown(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
