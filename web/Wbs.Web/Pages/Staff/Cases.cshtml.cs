using Microsoft.AspNetCore.Mvc;

namespace Wbs.Web.Pages.Staff;

/// <summary>The case inbox: filters by status, assignee and text, paged, soonest deadline first.</summary>
public sealed class CasesModel(SessionCookies sessions, CaseClient cases) : StaffPageModel(sessions)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Assignee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(Name = "halaman", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public CaseList? List { get; private set; }

    public int Pages => List is null ? 0 : Math.Max(1, (List.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var answer = await cases.ListCasesAsync(Slug, Status, Assignee, Q, PageNumber, PageSize, cancellationToken);
        if (!answer.Ok)
        {
            return Fail(answer.Problem, "status", "assignee", "q") ?? Page();
        }
        List = answer.Value;
        return Page();
    }

    public string PageLink(int page) =>
        TenantPaths.Of(Slug, "staff/cases") + QueryString.Create(new Dictionary<string, string?> { ["status"] = Status, ["assignee"] = Assignee, ["q"] = Q, ["halaman"] = page.ToString() }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
