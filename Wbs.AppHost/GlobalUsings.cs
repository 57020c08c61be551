global using Aspire.Hosting.ApplicationModel;
global using Wbs.AppHost.Extensions;
global using Wbs.AppHost.Resources;
