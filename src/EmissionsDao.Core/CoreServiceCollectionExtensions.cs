using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Import;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmissionsDao.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the calculation core: the factor library (parsed once, singleton), validator, calculator, CSV and
    /// JSON importers, <see cref="ImportOptions"/> (configure with <c>services.Configure&lt;ImportOptions&gt;</c>),
    /// the factor seeder (run by the host's migrator as an <see cref="IDatabaseSeeder"/>) and the stores.
    /// Not the DbContext: the host registers <c>IDbContextFactory&lt;EmissionsDbContext&gt;</c>, which the stores use.
    /// </summary>
    public static IServiceCollection AddEmissionsCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ImportOptions>();
        services.TryAddSingleton(_ => FactorLibrary.Shipped);
        services.TryAddSingleton<ActivityValidator>();
        services.TryAddSingleton<EmissionsCalculator>();
        services.TryAddSingleton<ActivityCsvImporter>();
        services.TryAddSingleton<ActivityJsonImporter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDatabaseSeeder, FactorSeeder>());
        services.TryAddSingleton<SubjectStore>();
        services.TryAddSingleton<EmissionsRecordStore>();
        services.TryAddSingleton<ActivityBatchStore>();
        return services;
    }
}
