namespace Wbs.Identity.Model;

public sealed record SignInResult<T>(SignInOutcome Outcome, T? Subject = null) where T : class
{
    public static readonly SignInResult<T> Failed = new(SignInOutcome.Failed);
    public static readonly SignInResult<T> Throttled = new(SignInOutcome.Throttled);
}
