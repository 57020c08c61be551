namespace Wbs.Gateway.Tests;

/// <summary>One echo backend and one fully configured gateway, shared by a test class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public EchoServer Echo { get; private set; } = null!;
    public GatewayHost Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Echo = await EchoServer.StartAsync();
        Gateway = GatewayHost.Start(Echo);
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Echo.DisposeAsync();
    }
}
