using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Import;

public sealed class ImportTests
{
    [Theory]
    [InlineData(ActivityKind.Shipment)]
    [InlineData(ActivityKind.Flight)]
    [InlineData(ActivityKind.Electricity)]
    [InlineData(ActivityKind.NaturalGas)]
    [InlineData(ActivityKind.RoadFuel)]
    [InlineData(ActivityKind.Other)]
    public void Every_template_imports_and_calculates(ActivityKind kind)
    {
        var template = CsvTemplates.For(kind);

        var row = Assert.Single(CoreFixture.ImportCsvOrFail(kind, template.Text));

        Assert.Equal(2, row.Line);
        Assert.Equal(kind, row.Activity.Kind);
        Assert.True(CoreFixture.Calculator.CalculateRow(row.Activity).KgCo2e > 0m);
        Assert.Equal($"{kind.Code()}-template.csv", template.FileName);
    }

    [Fact]
    public async Task Import_and_calculation_report_their_progress_every_interval_for_a_progress_bar()
    {
        var csv = new System.Text.StringBuilder(CsvTemplates.For(ActivityKind.Electricity).Header).Append('\n');
        var day = new DateOnly(1990, 1, 1);
        for (var i = 0; i < 10_000; i++, day = day.AddDays(1))
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{day:yyyy-MM-dd},100,CAMX\n");
        }

        var lines = new List<int>();
        var imported = await CoreFixture.CsvImporter().ImportAsync(
            ActivityKind.Electricity, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv.ToString())), new InlineProgress<int>(lines.Add));
        var rows = new List<int>();
        var calculation = CoreFixture.Calculator.Calculate(Assert.IsType<ImportResult.Succeeded>(imported).Activities, new InlineProgress<int>(rows.Add));

        Assert.Equal([4096, 8192], lines);
        Assert.Equal([4096, 8192], rows);
        Assert.Equal(10_000, calculation.Rows.Count);
    }

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    [Fact]
    public void Shipment_csv_becomes_typed_rows()
    {
        var rows = CoreFixture.ImportCsvOrFail(ActivityKind.Shipment,
            "Date, Weight ,weight_unit,mode,distance_km,origin_airport,destination_airport\r\n" +
            "2025-03-14,2,T,Rail,300,,\r\n" +
            "\r\n" +
            ",,,,,,\r\n" +
            "2025-03-15,500,kg,air,,man,dxb\r\n");

        Assert.Equal(
        [
            new ImportedActivity(2, new ShipmentActivity(new DateOnly(2025, 3, 14), 2m, WeightUnit.Tonnes, ShipmentMode.Rail, 300m, null, null)),
            new ImportedActivity(5, new ShipmentActivity(new DateOnly(2025, 3, 15), 500m, WeightUnit.Kilograms, ShipmentMode.Air, null, "MAN", "DXB")),
        ], rows);
    }

    [Fact]
    public void Optional_columns_may_be_left_out_and_take_their_defaults()
    {
        var row = Assert.Single(CoreFixture.ImportCsvOrFail(ActivityKind.Flight, "date,origin,destination,cabin_class,passengers\n2025-03-14,LHR,JFK,economy,2\n"));

        Assert.Equal(new FlightActivity(new DateOnly(2025, 3, 14), "LHR", "JFK", CabinClass.Economy, 2, RoundTrip: false, IncludeRadiativeForcing: true), row.Activity);
    }

    [Fact]
    public void A_quoted_description_spanning_lines_keeps_the_line_it_starts_on()
    {
        var rows = CoreFixture.ImportCsvOrFail(ActivityKind.Other,
            "date,description,kg_co2e\n2025-03-14,\"Refrigerant top-up,\nR410A\",12.5\n2025-03-15,Generator test,3\n");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal("Refrigerant top-up,\nR410A", ((OtherActivity)rows[0].Activity).Description);
    }

    [Fact]
    public async Task Stream_import_reads_utf8_with_a_byte_order_mark()
    {
        var bytes = "\uFEFFstart_date,end_date,kwh,grid_region\n2025-01-01,2025-01-31,500,CAMX\n"u8.ToArray();
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. bytes[3..]]);

        var result = await CoreFixture.CsvImporter().ImportAsync(ActivityKind.Electricity, stream);

        var row = Assert.Single(Assert.IsType<ImportResult.Succeeded>(result).Rows);
        Assert.Equal(new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 500m, "CAMX"), row.Activity);
    }

    [Fact]
    public void Json_accepts_mixed_kinds_and_canonical_rows_round_trip()
    {
        var activities = new Activity[]
        {
            new ShipmentActivity(new DateOnly(2025, 3, 14), 2m, WeightUnit.Tonnes, ShipmentMode.Rail, 300m, null, null),
            new FlightActivity(new DateOnly(2025, 3, 14), "MAN", "DXB", CabinClass.Business, 1, true, false),
            new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 500.25m, "CAMX"),
            new NaturalGasActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 40m, GasUnit.Therms),
            new RoadFuelActivity(new DateOnly(2025, 2, 1), 45.5m, RoadFuel.Petrol),
            new OtherActivity(new DateOnly(2025, 2, 2), "Quote \" and backslash \\ and\nnewline", 1.5m),
        };
        var json = "{ \"activities\": [\n" + string.Join(",\n", activities.Select(a => a.ToCanonicalJson())) + "\n] }";

        var result = Assert.IsType<ImportResult.Succeeded>(CoreFixture.JsonImporter().Import(json));

        Assert.Equal(activities, result.Activities);
        Assert.Equal([2, 3, 4, 5, 6, 7], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Canonical_json_is_fixed_text()
    {
        var shipment = new ShipmentActivity(new DateOnly(2025, 3, 14), 2.000m, WeightUnit.Tonnes, ShipmentMode.Rail, 300.0m, null, null);

        Assert.Equal("{\"kind\":\"shipment\",\"date\":\"2025-03-14\",\"weight\":2,\"weight_unit\":\"t\",\"mode\":\"rail\",\"distance_km\":300}", shipment.ToCanonicalJson());
    }

    [Fact]
    public void Import_result_gives_rows_only_on_success()
    {
        var failed = CoreFixture.CsvImporter().Import(ActivityKind.Shipment, "date,weight,weight_unit,mode,distance_km\n2025-03-14,2,t,rail,-3\n");

        var rowCount = failed.Match(rows => rows.Count, errors => -errors.Count);

        Assert.False(failed.IsSuccess);
        Assert.Equal(-1, rowCount);
    }
}
