global using System.Net;
global using Wbs.TestSupport;
global using Wbs.Web.Extensions;
global using Xunit;
