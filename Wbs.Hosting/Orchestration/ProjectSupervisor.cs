using Microsoft.Extensions.Logging;
using Wbs.Hosting.ApplicationModel;

namespace Wbs.Hosting.Orchestration;

/// <summary>
/// Starts projects in dependency order, each awaited healthy before its dependents start, and stops them
/// dependents first. Each project is kept running by its <see cref="ProjectRunner"/>.
/// </summary>
internal sealed class ProjectSupervisor(
    DistributedApplicationBuilder builder,
    Func<ProjectResource, IReadOnlyDictionary<string, string>> environmentOf,
    ResourceMonitor monitor,
    Func<ConsoleReporter> reporter,
    ILoggerFactory loggerFactory,
    HttpClient http,
    TimeProvider time)
{
    private readonly Dictionary<ProjectResource, ProjectRunner> _runners = [];

    public async Task StartAsync(IEnumerable<IResource> resources, CancellationToken cancellationToken)
    {
        var started = new Dictionary<IResource, Task>();
        Task StartedTask(IResource resource)
        {
            if (!started.TryGetValue(resource, out var task))
            {
                task = resource is ProjectResource project ? StartProjectAsync(project, StartedTask, cancellationToken) : Task.CompletedTask;
                started[resource] = task;
            }
            return task;
        }
        var all = resources.OfType<ProjectResource>().Select(StartedTask).ToList();
        await Task.WhenAll(all);
    }

    public async Task StopAsync()
    {
        List<ProjectRunner> runners;
        lock (_runners)
        {
            runners = [.. _runners.Values];
        }
        // Dependents first: a project stops before what it waits for.
        var remaining = runners.ToHashSet();
        while (remaining.Count > 0)
        {
            var needed = remaining.SelectMany(r => r.Project.WaitsFor).ToHashSet();
            var wave = remaining.Where(r => !needed.Contains(r.Project)).ToList();
            if (wave.Count == 0)
            {
                wave = [.. remaining];
            }
            await Task.WhenAll(wave.Select(r => r.StopAsync()));
            remaining.ExceptWith(wave);
        }
    }

    private async Task StartProjectAsync(ProjectResource project, Func<IResource, Task> dependency, CancellationToken cancellationToken)
    {
        await Task.WhenAll(DistributedApplicationBuilder.DependenciesOf(project).Select(dependency));
        cancellationToken.ThrowIfCancellationRequested();
        var state = monitor[project.Name];
        var runner = new ProjectRunner(project, state, environmentOf(project), http, reporter(),
            loggerFactory.CreateLogger(project.Name), time, builder.StableAfter);
        lock (_runners)
        {
            _runners[project] = runner;
        }
        runner.Start();
        try
        {
            await runner.FirstHealthy.WaitAsync(builder.StartupTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            var tail = string.Join(Environment.NewLine, state.Logs.Snapshot(30).Select(l => "    | " + l.Text));
            throw new TimeoutException(
                $"'{project.Name}' did not answer {project.Url}/health with 200 within {builder.StartupTimeout.TotalSeconds:0} s " +
                $"(last report: {state.Health ?? "none"}). Last output:{Environment.NewLine}{tail}");
        }
    }
}
