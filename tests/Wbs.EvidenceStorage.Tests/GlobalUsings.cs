global using System.Net;
global using System.Text;
global using Wbs.EvidenceStorage.Infrastructure;
global using Wbs.EvidenceStorage.Model;
global using Wbs.EvidenceStorage.Tests.Support;
global using Wbs.EvidenceStorage.Services;
global using Wbs.TestSupport;
global using Xunit;
