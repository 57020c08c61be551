global using System.Net;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Wbs.CaseManagement.Model;
global using Wbs.Contracts;
global using Wbs.CaseManagement.Services;
global using Wbs.TestSupport;
global using Xunit;
