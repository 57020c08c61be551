using Wbs.EvidenceStorage.Apis;
using Wbs.EvidenceStorage.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapEvidenceApi();
app.MapInternalEvidenceApi();

app.Run();
