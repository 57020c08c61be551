global using Microsoft.AspNetCore.RateLimiting;
global using Wbs.Gateway.Extensions;
global using Yarp.ReverseProxy.Configuration;
