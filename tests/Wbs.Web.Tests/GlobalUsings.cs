global using System.Net;
global using Wbs.TestSupport;
global using Xunit;

[assembly: AssemblyFixture(typeof(AppHostFixture))]
[assembly: AssemblyFixture(typeof(Wbs.Web.Tests.BrowserFixture))]
