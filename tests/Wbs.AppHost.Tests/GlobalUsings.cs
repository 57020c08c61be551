global using System.Text.Json;
global using Wbs.AppHost.Extensions;
global using Wbs.TestSupport;
global using Wbs.TestSupport.Infrastructure;
global using DevStaff = Wbs.AppHost.Extensions.DevStaff;
