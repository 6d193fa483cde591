using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Tests;

public sealed class CoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Registers_the_core_with_one_factor_library_and_the_seeder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddDbContextFactory<EmissionsDbContext>(options => options.UseSqlite(database.ConnectionString));
        services.AddEmissionsCore();
        services.Configure<ImportOptions>(options => options.MaxRows = 10);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Same(FactorLibrary.Shipped, provider.GetRequiredService<FactorLibrary>());
        Assert.Same(provider.GetRequiredService<EmissionsCalculator>().Library, provider.GetRequiredService<FactorLibrary>());
        Assert.Equal(10, provider.GetRequiredService<IOptions<ImportOptions>>().Value.MaxRows);
        Assert.IsType<ImportResult.Succeeded>(provider.GetRequiredService<ActivityCsvImporter>().Import(ActivityKind.RoadFuel, CsvTemplates.For(ActivityKind.RoadFuel).Text));
        Assert.NotNull(provider.GetRequiredService<ActivityJsonImporter>());
        Assert.NotNull(provider.GetRequiredService<ActivityBatchStore>());

        var seeder = Assert.IsType<FactorSeeder>(Assert.Single(provider.GetServices<IDatabaseSeeder>()));
        await using var db = await provider.GetRequiredService<IDbContextFactory<EmissionsDbContext>>().CreateDbContextAsync();
        await ((IDatabaseSeeder)seeder).SeedAsync(db, CancellationToken.None);
        Assert.Equal(4, await db.FactorSets.CountAsync());
    }
}
