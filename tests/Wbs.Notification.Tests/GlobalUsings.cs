global using System.Net;
global using System.Net.Http.Headers;
global using System.Net.Http.Json;
global using MassTransit;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Wbs.Contracts;
global using Wbs.Contracts.Api;
global using Wbs.Notification.Apis;
global using Wbs.Notification.Infrastructure;
global using Wbs.Notification.Services;
global using Wbs.TestSupport;
global using Xunit;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]
