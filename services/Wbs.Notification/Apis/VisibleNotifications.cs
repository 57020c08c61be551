using System.Security.Claims;

namespace Wbs.Notification.Apis;

/// <summary>
/// What a reporter token reaches: a code token its one complaint; an account token what was
/// written for the account and everything about the complaints it follows.
/// </summary>
public static class VisibleNotifications
{
    public static IQueryable<ReporterNotification> For(NotificationDbContext db, string tenant, ClaimsPrincipal user)
    {
        var inTenant = db.Notifications.Where(n => n.Tenant == tenant);
        if (user.CodeComplaintId() is { } complaintId)
        {
            return inTenant.Where(n => n.ComplaintId == complaintId);
        }
        if (user.AccountId() is { } accountId)
        {
            var followed = db.Complaints.Where(c => c.Tenant == tenant && c.AccountId == accountId).Select(c => c.ComplaintId);
            return inTenant.Where(n => n.AccountId == accountId || followed.Contains(n.ComplaintId));
        }
        return inTenant.Where(_ => false);
    }
}
