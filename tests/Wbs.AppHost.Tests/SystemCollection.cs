namespace Wbs.AppHost.Tests;

/// <summary>One started system shared by the test classes that only need it running (a start costs a minute).</summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<AppHostFixture>
{
    public const string Name = "system";
}
