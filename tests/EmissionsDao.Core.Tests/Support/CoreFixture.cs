using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Import;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Tests.Support;

/// <summary>The calculation core wired by hand, with the clock fixed at 2026-11-25 12:00 UTC.</summary>
internal static class CoreFixture
{
    public static FactorLibrary Library => FactorLibrary.Shipped;

    public static ActivityValidator Validator { get; } = new(Library, FixedTimeProvider.Default);

    public static EmissionsCalculator Calculator { get; } = new(Library);

    public static ActivityCsvImporter CsvImporter(ImportOptions? options = null) =>
        new(Validator, Options.Create(options ?? new ImportOptions()));

    public static ActivityJsonImporter JsonImporter(ImportOptions? options = null) =>
        new(Validator, Options.Create(options ?? new ImportOptions()));

    public static IReadOnlyList<ImportedActivity> ImportCsvOrFail(ActivityKind kind, string csv) =>
        CsvImporter().Import(kind, csv) switch
        {
            ImportResult.Succeeded succeeded => succeeded.Rows,
            ImportResult.Failed failed => throw new Xunit.Sdk.XunitException("Import failed:\n" + failed),
            _ => throw new InvalidOperationException(),
        };

    public static IReadOnlyList<ImportError> ImportCsvErrors(ActivityKind kind, string csv, ImportOptions? options = null) =>
        CsvImporter(options).Import(kind, csv) switch
        {
            ImportResult.Failed failed => failed.Errors,
            _ => throw new Xunit.Sdk.XunitException("Expected the import to fail."),
        };
}
