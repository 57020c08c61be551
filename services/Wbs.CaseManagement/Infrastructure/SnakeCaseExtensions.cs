using System.Text;

namespace Wbs.CaseManagement.Infrastructure;

internal static class SnakeCaseExtensions
{
    /// <summary>Column names in snake_case, so hand-written SQL reads naturally.</summary>
    public static void UseSnakeCaseColumns(this ModelBuilder model)
    {
        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                // Row versions are PostgreSQL's xmin system column, whatever the property is called.
                if (property.IsConcurrencyToken && property.ClrType == typeof(uint))
                {
                    continue;
                }
                property.SetColumnName(ToSnake(property.Name));
            }
        }
    }

    private static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
