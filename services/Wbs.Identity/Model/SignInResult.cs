namespace Wbs.Identity.Model;

public sealed record SignInResult<T>(SignInOutcome Outcome, T? Subject = null, ProofOfWorkDemand? Demand = null) where T : class
{
    public static readonly SignInResult<T> Failed = new(SignInOutcome.Failed);
    public static readonly SignInResult<T> Throttled = new(SignInOutcome.Throttled);

    public static SignInResult<T> ProofRequired(ProofOfWorkDemand demand) => new(SignInOutcome.ProofOfWorkRequired, Demand: demand);
}
