namespace Wbs.Identity.Apis;

public static class IdentityProblems
{
    /// <summary>The one answer to every failed sign-in, whatever was wrong.</summary>
    public static ProblemHttpResult InvalidCredentials() => TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized,
        detail: "Data masuk tidak cocok. / The sign-in details do not match.");

    public static ProblemHttpResult Throttled() => TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests,
        detail: "Terlalu banyak percobaan yang gagal. Coba lagi nanti. / Too many failed attempts. Try again later.");

    /// <summary>API.md "Proof of work (v1.1)": the same answer for existing and unknown names.</summary>
    public static ProblemHttpResult ProofOfWorkRequired(ProofOfWorkDemand demand) =>
        TypedResults.Problem(ProofOfWorkProblem.Create(demand.Challenge, demand.Difficulty));

    public static ProblemHttpResult UsernameTaken() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        detail: "Nama pengguna sudah dipakai. / The username is taken.");

    public static ProblemHttpResult CodeAlreadyLinked() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        detail: "Laporan ini sudah terhubung dengan sebuah akun. / This report is already linked to an account.");

    public static ProblemHttpResult CodeUnknown() => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
    {
        ["complaintCode"] = ["Kode pengaduan tidak dikenal. / Unknown complaint code."],
    })
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Detail = "Kode pengaduan tidak dikenal. / Unknown complaint code.",
    });

    public static ProblemHttpResult AccountUnknown() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        detail: "Akun tidak ditemukan. / Account not found.");

    public static ProblemHttpResult StaffUserUnknown() => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
        detail: "Pengguna staf tidak ditemukan. / Staff user not found.");

    public static ProblemHttpResult CannotDisableSelf() => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
        detail: "Anda tidak dapat menonaktifkan akun Anda sendiri. / You cannot disable your own account.");

    public static ProblemHttpResult For(LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.UsernameTaken => UsernameTaken(),
        LinkOutcome.CodeAlreadyLinked => CodeAlreadyLinked(),
        LinkOutcome.CodeUnknown => CodeUnknown(),
        LinkOutcome.AccountUnknown => AccountUnknown(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
