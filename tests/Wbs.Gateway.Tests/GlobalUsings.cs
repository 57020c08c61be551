global using System.Net;
global using System.Net.Http.Json;
global using Wbs.Gateway.Extensions;
global using Wbs.Gateway.Infrastructure;
global using Wbs.TestSupport;
global using Xunit;
