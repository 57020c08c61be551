namespace Wbs.Web.Infrastructure.Sessions;

/// <summary>Reporters and staff have separate cookies, so one browser can hold both without mixing tokens.</summary>
public enum SessionKind
{
    Reporter,
    Staff,
}
