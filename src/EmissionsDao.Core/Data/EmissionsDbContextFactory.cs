using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Data;

/// <summary>Creates the context type whose migrations match the configured provider.</summary>
internal sealed class EmissionsDbContextFactory(DbContextOptions<EmissionsDbContext> options, IOptions<DatabaseOptions> database)
    : IDbContextFactory<EmissionsDbContext>
{
    private readonly DatabaseProvider _provider = database.Value.ProviderKind;

    public EmissionsDbContext CreateDbContext() => _provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlEmissionsDbContext(options),
        _ => new EmissionsDbContext(options),
    };
}
