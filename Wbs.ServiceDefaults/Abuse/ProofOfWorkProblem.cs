using Microsoft.AspNetCore.Mvc;
using Wbs.ServiceDefaults.Problems;

namespace Wbs.ServiceDefaults.Abuse;

/// <summary>The 428 answer of API.md: <c>{challenge, difficulty, algorithm:"sha256"}</c> in a problem+json body.</summary>
public static class ProofOfWorkProblem
{
    public static ProblemDetails Create(string challenge, int difficulty) => new()
    {
        Status = StatusCodes.Status428PreconditionRequired,
        Title = ProblemTitles.For(StatusCodes.Status428PreconditionRequired),
        Type = "https://httpstatuses.io/428",
        Detail = "Selesaikan tantangan bukti kerja lalu ulangi permintaan dengan header Proof-Of-Work. "
            + "/ Solve the proof-of-work challenge and repeat the request with a Proof-Of-Work header.",
        Extensions =
        {
            ["challenge"] = challenge,
            ["difficulty"] = difficulty,
            ["algorithm"] = ProofOfWorkChallenges.Algorithm,
        },
    };
}
