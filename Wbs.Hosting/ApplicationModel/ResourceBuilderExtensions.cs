namespace Wbs.Hosting.ApplicationModel;

/// <summary>The wiring verbs of Aspire: references become environment variables, WaitFor orders the start.</summary>
public static class ResourceBuilderExtensions
{
    /// <summary><c>ConnectionStrings__&lt;name&gt;</c>; the project starts after the resource is healthy.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source)
    {
        builder.Resource.AddReference(source.Resource);
        builder.Resource.AddWaitFor(source.Resource);
        return builder;
    }

    /// <summary>
    /// <c>services__&lt;name&gt;__http__0</c>. By default the project also starts after the referenced one is healthy;
    /// pass <paramref name="waitFor"/> false for mutual references (a gateway and the site it fronts).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithReference(
        this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source, bool waitFor = true)
    {
        builder.Resource.AddReference(source.Resource);
        if (waitFor)
        {
            builder.Resource.AddWaitFor(source.Resource);
        }
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WaitFor<T>(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<T> dependency)
        where T : IResource
    {
        builder.Resource.AddWaitFor(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value)
    {
        builder.Resource.SetEnvironment(name, value);
        return builder;
    }

    /// <summary>Fixes the HTTP port (a free one is picked otherwise).</summary>
    public static IResourceBuilder<ProjectResource> WithHttpEndpoint(this IResourceBuilder<ProjectResource> builder, int? port = null)
    {
        builder.Resource.Port = port;
        builder.Resource.IsPortFixed = port is not null;
        return builder;
    }
}
