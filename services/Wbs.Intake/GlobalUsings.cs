global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.EntityFrameworkCore;
global using Wbs.Contracts;
global using Wbs.Contracts.Api;
global using Wbs.Intake.Apis;
global using Wbs.Intake.Extensions;
global using Wbs.Intake.Infrastructure;
global using Wbs.Intake.Model;
global using Wbs.Intake.Services;
global using Wbs.ServiceDefaults.Auth;
global using Wbs.ServiceDefaults.Messaging;
global using Wbs.ServiceDefaults.Problems;
global using Wbs.ServiceDefaults.Security;
global using Wbs.ServiceDefaults.Tenancy;
global using Wbs.ServiceDefaults.Http;
// Intake's stored shapes win over their namesakes in Wbs.Contracts.Api (CaseManagement's answer, the web's view).
global using ReportContent = Wbs.Intake.Model.ReportContent;
global using Completeness = Wbs.Intake.Model.Completeness;
