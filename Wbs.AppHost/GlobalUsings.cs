global using Wbs.AppHost.Extensions;
global using Wbs.Hosting;
global using Wbs.Hosting.ApplicationModel;
global using Wbs.AppHost.Dashboard;
