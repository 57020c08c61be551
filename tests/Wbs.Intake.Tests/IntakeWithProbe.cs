using Wbs.Contracts;
using Wbs.TestSupport;

namespace Wbs.Intake.Tests;

/// <summary>A fresh Intake per test with a probe that records the <see cref="ComplaintSubmitted"/> events it publishes.</summary>
public abstract class IntakeWithProbe(InfrastructureFixture infra) : IAsyncLifetime
{
    protected IntakeHost Host { get; private set; } = null!;
    protected BusProbe Probe { get; private set; } = null!;
    protected InfrastructureFixture Infra => infra;

    public async ValueTask InitializeAsync()
    {
        Host = await IntakeHost.StartAsync(infra);
        Probe = await BusProbe.StartAsync(Host.AmqpUri, typeof(ComplaintSubmitted));
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
