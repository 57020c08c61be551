namespace Wbs.Hosting.ApplicationModel;

/// <summary>Fluent handle on a resource while the application model is described (Aspire's shape).</summary>
public interface IResourceBuilder<out T> where T : IResource
{
    DistributedApplicationBuilder ApplicationBuilder { get; }
    T Resource { get; }
}
