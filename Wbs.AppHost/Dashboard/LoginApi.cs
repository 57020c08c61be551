using static Wbs.AppHost.Dashboard.Html;

namespace Wbs.AppHost.Dashboard;

public static class LoginApi
{
    public static IEndpointRouteBuilder MapLoginApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", LoginForm);
        app.MapPost("/login", LogIn).DisableAntiforgery();
        return app;
    }

    public static IResult LoginForm(bool? failed) => Page("Masuk / Sign in", $"""
        {(failed == true ? "<p class=\"bad\">Token salah. / Wrong token.</p>" : "")}
        <form method="post" action="/login">
        <label>Token dasbor / Dashboard token (.wbs/secrets/dashboard-token)<br>
        <input type="password" name="token" size="50" autofocus></label>
        <button>Masuk / Sign in</button></form>
        """, refreshSeconds: null);

    public static async Task<IResult> LogIn(HttpContext context, DashboardToken token)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!token.Matches(form["token"]))
        {
            return TypedResults.Redirect("/login?failed=1");
        }
        token.SignIn(context.Response);
        return TypedResults.Redirect("/");
    }
}
