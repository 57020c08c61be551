namespace Wbs.Identity.Apis;

public sealed class SessionServices(ReporterSignIn signIn, StaffSignIn staffSignIn, TokenIssuer tokens)
{
    public ReporterSignIn SignIn { get; } = signIn;
    public StaffSignIn StaffSignIn { get; } = staffSignIn;
    public TokenIssuer Tokens { get; } = tokens;
}
