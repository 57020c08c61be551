namespace Wbs.AppHost.Tests;

public sealed class ResourceModelTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private DistributedApplicationBuilder NewBuilder(string? environment = "Development") =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            RepositoryRoot = RepositoryLocator.FindRoot(),
            DataDirectory = _temp.Path,
            EnvironmentName = environment,
        });

    private static readonly ProjectEnvironmentContext Context = new()
    {
        EnvironmentName = "Development",
        OtlpEndpoint = "http://127.0.0.1:18888",
        InstanceId = "x1",
    };

    [Fact]
    public void WithReference_database_sets_its_connection_string()
    {
        var builder = NewBuilder();
        var pg = builder.AddPostgres("postgres", port: 15999, password: "pw");
        var intakedb = pg.AddDatabase("intakedb");
        var intake = builder.AddProject("intake", "services/Wbs.Intake").WithReference(intakedb);
        builder.Build();

        var env = intake.Resource.GetEnvironment(Context);

        var connection = new Npgsql.NpgsqlConnectionStringBuilder(env["ConnectionStrings__intakedb"]);
        Assert.Equal(("127.0.0.1", 15999, "wbs", "pw", "intakedb"),
            (connection.Host, connection.Port, connection.Username, connection.Password, connection.Database));
    }

    [Fact]
    public void WithReference_rabbitmq_sets_an_amqp_uri_named_after_the_resource()
    {
        var builder = NewBuilder();
        var messaging = builder.AddRabbitMQ("messaging", port: 15672, managementPort: 15673, password: "p@ss");
        var identity = builder.AddProject("identity", "services/Wbs.Identity").WithReference(messaging);
        builder.Build();

        var env = identity.Resource.GetEnvironment(Context);

        Assert.Equal("amqp://wbs:p%40ss@127.0.0.1:15672/", env["ConnectionStrings__messaging"]);
    }

    [Fact]
    public void WithReference_project_sets_service_discovery_endpoint()
    {
        var builder = NewBuilder();
        var evidence = builder.AddProject("evidencestorage", "services/Wbs.EvidenceStorage");
        var intake = builder.AddProject("intake", "services/Wbs.Intake").WithReference(evidence);
        builder.Build();

        var env = intake.Resource.GetEnvironment(Context);

        Assert.Equal($"http://127.0.0.1:{evidence.Resource.Port}", env["services__evidencestorage__http__0"]);
        Assert.DoesNotContain("services__intake__http__0", env.Keys);
    }

    [Fact]
    public void Every_project_gets_urls_environment_and_telemetry_settings()
    {
        var builder = NewBuilder();
        var gateway = builder.AddProject("gateway", "gateway/Wbs.Gateway").WithHttpEndpoint(port: 18080);
        builder.Build();

        var env = gateway.Resource.GetEnvironment(Context);

        Assert.Equal("http://127.0.0.1:18080", env["ASPNETCORE_URLS"]);
        Assert.Equal("Development", env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("gateway", env["OTEL_SERVICE_NAME"]);
        Assert.Equal("http://127.0.0.1:18888", env["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("http/protobuf", env["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal("service.instance.id=gateway-x1", env["OTEL_RESOURCE_ATTRIBUTES"]);
    }

    [Fact]
    public void Without_a_dashboard_no_exporter_endpoint_is_set()
    {
        var builder = NewBuilder();
        var web = builder.AddProject("web", "web/Wbs.Web");
        builder.Build();

        var env = web.Resource.GetEnvironment(Context with { OtlpEndpoint = null });

        Assert.DoesNotContain("OTEL_EXPORTER_OTLP_ENDPOINT", env.Keys);
        Assert.Equal("web", env["OTEL_SERVICE_NAME"]);
    }

    [Fact]
    public void WithEnvironment_values_win_and_last_one_counts()
    {
        var builder = NewBuilder();
        var notification = builder.AddProject("notification", "services/Wbs.Notification")
            .WithEnvironment("Notification__PickupDirectory", "/a")
            .WithEnvironment("Notification__PickupDirectory", "/b")
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", "Staging");
        builder.Build();

        var env = notification.Resource.GetEnvironment(Context);

        Assert.Equal("/b", env["Notification__PickupDirectory"]);
        Assert.Equal("Staging", env["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public void Build_assigns_distinct_free_ports_and_keeps_fixed_ones()
    {
        var builder = NewBuilder();
        var projects = Enumerable.Range(0, 6).Select(i => builder.AddProject($"p{i}", "services/Wbs.Intake")).ToList();
        var gateway = builder.AddProject("gateway", "gateway/Wbs.Gateway").WithHttpEndpoint(port: 18081);
        builder.Build();

        Assert.Equal(18081, gateway.Resource.Port);
        Assert.Equal(6, projects.Select(p => p.Resource.Port).Distinct().Count());
        Assert.All(projects, p => Assert.InRange(p.Resource.Port!.Value, 1024, 65535));
    }

    [Fact]
    public void AddProject_runs_the_built_assembly_from_the_project_folder()
    {
        var builder = NewBuilder();
        var identity = builder.AddProject("identity", "services/Wbs.Identity");

        Assert.Equal(Path.Combine(builder.RepositoryRoot, "services", "Wbs.Identity"), identity.Resource.ProjectDirectory);
        Assert.Equal(Path.Combine(builder.RepositoryRoot, "services", "Wbs.Identity", "bin", "Debug", "net10.0", "Wbs.Identity.dll"),
            identity.Resource.AssemblyPath);
    }

    [Fact]
    public void Build_rejects_a_start_order_cycle_unless_one_side_does_not_wait()
    {
        var builder = NewBuilder();
        var web = builder.AddProject("web", "web/Wbs.Web");
        var gateway = builder.AddProject("gateway", "gateway/Wbs.Gateway").WithReference(web);
        web.WithReference(gateway);

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("cycle", error.Message);

        var ok = NewBuilder();
        var web2 = ok.AddProject("web", "web/Wbs.Web");
        var gateway2 = ok.AddProject("gateway", "gateway/Wbs.Gateway").WithReference(web2);
        web2.WithReference(gateway2, waitFor: false);
        ok.Build();
        Assert.Contains(gateway2.Resource, web2.Resource.References);
        Assert.DoesNotContain(gateway2.Resource, web2.Resource.WaitsFor);
    }

    [Fact]
    public void Duplicate_resource_names_are_rejected()
    {
        var builder = NewBuilder();
        builder.AddProject("intake", "services/Wbs.Intake");

        Assert.Throws<InvalidOperationException>(() => builder.AddProject("Intake", "services/Wbs.Intake"));
    }

    [Fact]
    public void Restart_backoff_doubles_up_to_a_minute_and_resets_after_a_stable_run()
    {
        var stable = TimeSpan.FromSeconds(30);
        var delays = new List<double>();
        var delay = TimeSpan.Zero;
        for (var i = 0; i < 9; i++)
        {
            delay = RestartBackoff.Next(delay, TimeSpan.FromSeconds(2), stable);
            delays.Add(delay.TotalSeconds);
        }

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
        Assert.Equal(TimeSpan.FromSeconds(1), RestartBackoff.Next(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(5), stable));
    }

    public void Dispose() => _temp.Dispose();
}
