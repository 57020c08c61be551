using Microsoft.EntityFrameworkCore;

namespace Wbs.CaseManagement.Tests;

/// <summary>
/// <c>GET /internal/{tenant}/complaints/{complaintId}/access</c>, which EvidenceStorage asks before
/// releasing a case's evidence: who on the staff may see which case.
/// </summary>
public sealed class CaseAccessTests(InfrastructureFixture infra) : IAsyncLifetime
{
    private CaseManagementHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await CaseManagementHost.StartAsync(infra);
        _host.CallingService = "evidencestorage";
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static string AccessPath(Guid complaintId, string tenant = CaseManagementHost.Tenant) =>
        $"/internal/{tenant}/complaints/{complaintId}/access";

    [Fact]
    public async Task Access_asks_for_EvidenceStorages_service_identity()
    {
        var (complaintId, _) = await _host.SubmitAsync();
        _host.CallingService = null;
        using var anonymous = _host.Staff("admin");
        await (await anonymous.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.Unauthorized);
        _host.CallingService = "intake";
        using var wrongService = _host.Staff("admin");
        await (await wrongService.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.Forbidden);
        // Signed by another key: not Identity's.
        using var forged = _host.Staff("admin").AsService(new TestTokens().IssueService("evidencestorage"));
        await (await forged.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("supervisor")]
    [InlineData("verifier")]
    public async Task Access_BroadRoles_Are204OnAnyCase(string role)
    {
        var (complaintId, _) = await _host.SubmitAsync();
        using var staff = _host.Staff(role);
        using var response = await staff.Get(AccessPath(complaintId));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Access_Investigator_Is204OnlyOnTheAssignedCase()
    {
        var (assigned, assignedNumber) = await _host.SubmitAsync();
        var (other, _) = await _host.SubmitAsync();
        var investigatorId = Guid.NewGuid();
        _host.Peers.AddStaff(investigatorId, "ina", ["investigator"]);
        using (var supervisor = _host.Staff("supervisor"))
        {
            await (await supervisor.Post(CaseManagementHost.Path($"cases/{assignedNumber}/assignment"), new { assigneeId = investigatorId })).JsonAsync();
        }

        using var investigator = _host.Staff(investigatorId, ["investigator"]);
        using (var response = await investigator.Get(AccessPath(assigned)))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
        await (await investigator.Get(AccessPath(other))).ProblemAsync(HttpStatusCode.Forbidden);
        using var colleague = _host.Staff("investigator");
        await (await colleague.Get(AccessPath(assigned))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Access_Auditor_Is403EvenWithAnAssignment()
    {
        var (complaintId, _) = await _host.SubmitAsync();
        var auditorId = Guid.NewGuid();
        await _host.WithDbAsync(db => db.Cases.Where(c => c.Id == complaintId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssigneeId, auditorId), Http.Ct));
        using var auditor = _host.Staff(auditorId, ["auditor"]);
        var problem = await (await auditor.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("Auditor", problem.Str("detail"));
    }

    [Fact]
    public async Task Access_UnknownCase_Is404()
    {
        using var admin = _host.Staff("admin");
        await (await admin.Get(AccessPath(Guid.NewGuid()))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Access_CaseOfAnotherTenant_Is404ForThatTenantsStaff()
    {
        var (complaintId, _) = await _host.SubmitAsync(tenant: "komdigi");
        using var admin = _host.Staff(Guid.NewGuid(), ["admin"]);
        await (await admin.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Access_TokenOfAnotherTenant_Is403()
    {
        var (complaintId, _) = await _host.SubmitAsync();
        using var foreign = _host.Staff(Guid.NewGuid(), ["admin"], tenant: "komdigi");
        await (await foreign.Get(AccessPath(complaintId))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Access_ReporterOrNoToken_IsRefused()
    {
        var (complaintId, trackingNumber) = await _host.SubmitAsync();
        using var reporter = _host.Code(complaintId, trackingNumber);
        using (var response = await reporter.Get(AccessPath(complaintId)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        using var anonymous = _host.Client();
        using var unauthenticated = await anonymous.Get(AccessPath(complaintId));
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }
}
