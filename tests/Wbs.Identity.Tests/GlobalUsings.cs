global using System.Net;
global using System.Net.Http.Headers;
global using System.Net.Http.Json;
global using System.Text.Json;
global using Wbs.Contracts;
global using Wbs.Identity.Model;
global using Wbs.Identity.Services;
global using Wbs.TestSupport;
