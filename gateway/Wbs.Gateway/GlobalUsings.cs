global using Microsoft.AspNetCore.RateLimiting;
global using Microsoft.Extensions.Options;
global using Wbs.Gateway.Apis;
global using Wbs.Gateway.Extensions;
global using Wbs.ServiceDefaults.Abuse;
global using Wbs.ServiceDefaults.Problems;
global using Wbs.ServiceDefaults.Tenancy;
global using Yarp.ReverseProxy.Configuration;
