global using Microsoft.EntityFrameworkCore;
global using Wbs.Contracts;
global using Wbs.EvidenceStorage.Infrastructure;
global using Wbs.EvidenceStorage.Model;
global using Wbs.ServiceDefaults.Auth;
global using Wbs.ServiceDefaults.Messaging;
global using Wbs.ServiceDefaults.Tenancy;
global using Microsoft.AspNetCore.Http.HttpResults;
