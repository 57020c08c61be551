namespace Wbs.Identity.Model;

/// <param name="RetryAfter">For <see cref="SignInOutcome.Throttled"/>: how long the caller should wait, when known.</param>
public sealed record SignInResult<T>(SignInOutcome Outcome, T? Subject = null, ProofOfWorkDemand? Demand = null, TimeSpan? RetryAfter = null)
    where T : class
{
    public static readonly SignInResult<T> Failed = new(SignInOutcome.Failed);
    public static readonly SignInResult<T> Throttled = new(SignInOutcome.Throttled);

    public static SignInResult<T> ProofRequired(ProofOfWorkDemand demand) => new(SignInOutcome.ProofOfWorkRequired, Demand: demand);

    public static SignInResult<T> ThrottledFor(TimeSpan retryAfter) => new(SignInOutcome.Throttled, RetryAfter: retryAfter);
}
