using Microsoft.EntityFrameworkCore;

namespace EmissionsDao.Core.Data;

/// <summary>
/// <see cref="EmissionsDbContext"/> on PostgreSQL: the same model, but its own migrations
/// (<c>Data/Migrations/PostgreSql</c>), because EF Core finds migrations by context type and one set of migrations
/// cannot serve two providers (column types, identity columns). Stores keep using <see cref="EmissionsDbContext"/>;
/// <see cref="EmissionsDbContextFactory"/> creates this type when <c>Database:Provider</c> is PostgreSql.
/// </summary>
internal sealed class PostgreSqlEmissionsDbContext(DbContextOptions<EmissionsDbContext> options) : EmissionsDbContext(options);
