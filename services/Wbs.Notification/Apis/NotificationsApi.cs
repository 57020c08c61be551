using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Wbs.ServiceDefaults.Problems;

namespace Wbs.Notification.Apis;

public static class NotificationsApi
{
    private const int PageSize = 100;

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/{tenant}/notifications")
            .RequireAuthorization(WbsPolicies.Reporter)
            .RequireTenant()
            .WithTags("Notifications");

        api.MapGet("", ListNotificationsAsync).WithName("ListNotifications");
        api.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkNotificationRead");
        return app;
    }

    public static async Task<Ok<NotificationList>> ListNotificationsAsync(
        HttpContext http, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var visible = VisibleNotifications.For(services.Db, http.Tenant().Slug, user);
        var items = await visible
            .OrderByDescending(n => n.CreatedAt)
            .Take(PageSize)
            .Select(n => new NotificationItem(n.Id, n.TrackingNumber, n.Kind, n.Text, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        var unread = await visible.CountAsync(n => n.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new NotificationList(items, unread));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid id, HttpContext http, ClaimsPrincipal user, [AsParameters] NotificationServices services, CancellationToken cancellationToken)
    {
        var notification = await VisibleNotifications.For(services.Db, http.Tenant().Slug, user)
            .FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return Problems.NotFound("Pemberitahuan tidak ditemukan. / Notification not found.");
        }
        notification.ReadAt ??= services.Clock.GetUtcNow();
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
