using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EmissionsDao.Core.Data;

/// <summary>Lets dotnet-ef build the model without starting the portal (and its chain).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<EmissionsDbContext>
{
    public EmissionsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EmissionsDbContext>().UseSqlite("Data Source=design.db").Options);
}
