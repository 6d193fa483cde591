using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EmissionsDao.Core.Data;

/// <summary>Lets dotnet-ef build the SQLite model without starting the portal (and its chain).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EmissionsDbContext>
{
    public EmissionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EmissionsDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets dotnet-ef build the PostgreSQL model; adding a migration never connects to this server.</summary>
internal sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlEmissionsDbContext>
{
    public PostgreSqlEmissionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EmissionsDbContext>().UseNpgsql("Host=localhost;Database=emissionsdao_design").Options);
}
