using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using EmissionsDao.Core;
using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Import;
using Microsoft.Extensions.Options;
using nietras.SeparatedValues;

namespace EmissionsDao.Benchmarks;

/// <summary>
/// CSV text -> validated shipment rows -> kg CO2e, per row (OperationsPerInvoke = rows): the path a 100,000-row upload takes.
/// Target: at least 1,000,000 rows per second on one core, i.e. under 1 µs per row.
/// </summary>
public class ShipmentCsvBenchmarks
{
    private const int Rows = 100_000;

    private static readonly string[] Modes = ["road_hgv", "road_van", "rail", "sea_container", "sea_bulk", "air_short_haul", "air_long_haul"];

    private string _csv = string.Empty;
    private ActivityCsvImporter _importer = null!;
    private EmissionsCalculator _calculator = null!;
    private IReadOnlyList<Activity> _activities = [];

    [GlobalSetup]
    public void Setup()
    {
        var library = FactorLibrary.Shipped;
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        _importer = new ActivityCsvImporter(new ActivityValidator(library, clock), Options.Create(new ImportOptions()));
        _calculator = new EmissionsCalculator(library);
        _csv = BuildCsv(Rows);
        _activities = ((ImportResult.Succeeded)_importer.Import(ActivityKind.Shipment, _csv)).Activities;
    }

    [Benchmark(OperationsPerInvoke = Rows, Baseline = true, Description = "CSV -> validated rows -> kg CO2e")]
    public decimal ImportAndCalculate()
    {
        var import = (ImportResult.Succeeded)_importer.Import(ActivityKind.Shipment, _csv);
        return _calculator.Calculate(import.Activities).TotalKgCo2e;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "CSV -> validated rows -> kg CO2e + activity hash")]
    public Sha256Digest ImportCalculateAndHash()
    {
        var import = (ImportResult.Succeeded)_importer.Import(ActivityKind.Shipment, _csv);
        return _calculator.Calculate(import.Activities).ActivityDataHash;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "CSV -> validated rows")]
    public int ImportOnly() => ((ImportResult.Succeeded)_importer.Import(ActivityKind.Shipment, _csv)).Rows.Count;

    [Benchmark(OperationsPerInvoke = Rows, Description = "rows -> kg CO2e")]
    public decimal CalculateOnly() => _calculator.Calculate(_activities).TotalKgCo2e;

    [Benchmark(OperationsPerInvoke = Rows, Description = "Sep reader alone (7 fields as spans, as the importer reads them)")]
    public long SepAlone()
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true }).FromText(_csv);
        long characters = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                characters += row[i].Span.Length;
            }
        }

        return characters;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "CsvHelper parser alone (7 fields as strings; the importer's parser before Sep)")]
    public long CsvHelperAlone()
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(_csv), new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { BufferSize = 64 * 1024 });
        long characters = 0;
        while (parser.Read())
        {
            for (var i = 0; i < parser.Count; i++)
            {
                characters += parser[i].Length;
            }
        }

        return characters;
    }

    private static string BuildCsv(int rows)
    {
        var random = new Random(2026);
        var csv = new StringBuilder("date,weight,weight_unit,mode,distance_km,origin_airport,destination_airport\n", rows * 40);
        for (var i = 0; i < rows; i++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 690));
            var tonnes = random.Next(0, 2) == 0;
            csv.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append((random.Next(1, 2_000_000) / 100m).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(tonnes ? "t" : "kg").Append(',')
                .Append(Modes[random.Next(Modes.Length)]).Append(',')
                .Append((random.Next(1, 1_000_000) / 10m).ToString(CultureInfo.InvariantCulture)).Append(",,\n");
        }

        return csv.ToString();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
