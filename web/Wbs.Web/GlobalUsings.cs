global using Wbs.ServiceDefaults.Tenancy;
global using Wbs.Web.Extensions;
global using Wbs.Web.Infrastructure;
