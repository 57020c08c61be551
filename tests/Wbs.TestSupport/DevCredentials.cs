using System.Text.Json;

namespace Wbs.TestSupport;

/// <summary>The shape of <c>.wbs/dev-credentials.json</c> (API.md, "Development credentials").</summary>
public sealed record DevCredentials(string Gateway, string Dashboard, string DashboardToken, IReadOnlyList<DevStaff> Staff)
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static DevCredentials Read(string file) =>
        JsonSerializer.Deserialize<DevCredentials>(File.ReadAllText(file), WebJson)
        ?? throw new InvalidDataException($"{file} is empty.");

    public DevStaff For(string tenant, string role) =>
        Staff.First(s => s.Tenant == tenant && s.Roles.Contains(role));
}

public sealed record DevStaff(string Tenant, Guid Id, string Username, string Password, string TotpSecret, IReadOnlyList<string> Roles);
