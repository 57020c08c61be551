namespace Wbs.Hosting.ApplicationModel;

/// <summary>Something the AppHost provisions or runs: a server, a database, a project.</summary>
public interface IResource
{
    string Name { get; }
}
