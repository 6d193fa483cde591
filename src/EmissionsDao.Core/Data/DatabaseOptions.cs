using System.ComponentModel.DataAnnotations;

namespace EmissionsDao.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from the "Database" section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty means a SQLite file <c>emissionsdao.db</c> in the portal's data folder.</summary>
    public string? ConnectionString { get; set; }
}
