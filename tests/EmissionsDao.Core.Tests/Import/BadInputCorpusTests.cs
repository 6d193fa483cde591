using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Data;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Import;

/// <summary>Each bad file, and the exact error (line, column, text) the requester sees. The clock is 2026-11-25.</summary>
public sealed class BadInputCorpusTests
{
    private const string ShipmentHeader = "date,weight,weight_unit,mode,distance_km,origin_airport,destination_airport\n";
    private const string FlightHeader = "date,origin,destination,cabin_class,passengers,round_trip,radiative_forcing\n";
    private const string ElectricityHeader = "start_date,end_date,kwh,grid_region\n";

    public static TheoryData<ActivityKind, string, int?, string?, string> Corpus => new()
    {
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,300,,\n2025-03-15,2,t,rail,\"300,,\n",
            3, null, "malformed CSV: a double-quoted field is never closed; add the closing double quote (a quote inside a quoted field is written twice: \"\")"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,30\"0,,\n",
            2, null, "malformed CSV: a double quote is misplaced; a field containing commas, quotes or line breaks must be enclosed in double quotes, with each quote inside it doubled (\"\")"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,300\n",
            2, null, "expected 7 fields like the header, found 5; check for missing or extra commas (a field containing a comma must be in double quotes)"
        },
        {
            ActivityKind.Shipment, "date,weight,distance_km\n2025-03-14,2,300\n",
            1, null, "missing required column(s): weight_unit, mode; the header of a shipment file is: date,weight,weight_unit,mode,distance_km,origin_airport,destination_airport"
        },
        {
            ActivityKind.Shipment, "date,weight,weight_unit,mode,distnace_km\n2025-03-14,2,t,rail,300\n",
            1, "distnace_km", "unknown column 'distnace_km'; shipment files have the columns date, weight, weight_unit, mode, distance_km, origin_airport, destination_airport"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,300,,\n2025-03-15,2,t,rail,300,,\n2025-03-16,2,t,rail,300,,\n2025-03-17,2,t,rail,300,,\n2025-03-18,2,t,rail,300,,\n2025-03-19,2,t,rail,-3,,\n",
            7, "distance_km", "'-3' must be a positive number of kilometres"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,0,t,rail,300,,\n",
            2, "weight", "'0' must be a positive weight in t"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,lbs,rail,300,,\n",
            2, "weight_unit", "unknown unit 'lbs'; accepted units: kg, t"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,truck,300,,\n",
            2, "mode", "unknown mode 'truck'; accepted modes: road_hgv, road_van, rail, sea_container, sea_bulk, air_short_haul, air_long_haul, air"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,\"1,200\",,\n",
            2, "distance_km", "'1,200' is not a number; enter a positive number of kilometres (use '.' for decimals and no thousands separators)"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "14/03/2025,2,t,rail,300,,\n",
            2, "date", "'14/03/2025' is not a date; enter a date as YYYY-MM-DD (e.g. 2025-01-31)"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2026-11-26,2,t,rail,300,,\n",
            2, "date", "2026-11-26 is in the future (today is 2026-11-25, UTC); only activity that has happened can be reported"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,air,,MAN,XYZ\n",
            2, "destination_airport", "unknown airport 'XYZ'; check the 3-letter IATA code (e.g. MAN for Manchester); only medium and large airports with an IATA code are listed"
        },
        {
            ActivityKind.Flight, FlightHeader + "2025-03-14,MAN,DBX,business,1,true,true\n",
            2, "destination", "unknown airport 'DBX'; check the 3-letter IATA code (e.g. MAN for Manchester); only medium and large airports with an IATA code are listed"
        },
        {
            ActivityKind.Flight, FlightHeader + "2025-03-14,MAN,DXB,luxury,1,true,true\n",
            2, "cabin_class", "unknown cabin class 'luxury'; accepted cabin classes: average, economy, premium_economy, business, first"
        },
        {
            ActivityKind.Flight, FlightHeader + "2025-03-14,MAN,DXB,business,0,true,true\n",
            2, "passengers", "'0' must be a whole number of passengers, at least 1"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2025-01-01,2025-01-31,500,XXXX\n",
            2, "grid_region", "unknown grid region 'XXXX'; use UK, an eGRID subregion (e.g. CAMX, ERCT, NYUP) or a 3-letter ISO country code covered by Ember (e.g. FRA, DEU)"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2025-01-01,2025-01-31,500,TX\n",
            2, "grid_region", "'TX' is a US state, but no US-state emission factor table is shipped (eGRID state rates were not available); give the eGRID subregion of the utility instead (e.g. CAMX for most of California, ERCT for most of Texas)"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2025-01-31,2025-01-01,500,UK\n",
            2, "end_date", "the end date 2025-01-01 is before the start date 2025-01-31; dates are inclusive, so a one-day bill starts and ends on the same date"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2026-11-01,2026-11-30,500,UK\n",
            2, "end_date", "2026-11-30 is in the future (today is 2026-11-25, UTC); only activity that has happened can be reported"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2025-01-01,2025-01-31,-500,UK\n",
            2, "kwh", "'-500' must be a positive number of kWh"
        },
        {
            ActivityKind.Electricity, ElectricityHeader + "2025-01-01,2025-01-31,,UK\n",
            2, "kwh", "missing value; enter a positive number of kWh"
        },
        {
            ActivityKind.NaturalGas, "start_date,end_date,amount,unit\n2025-01-01,2025-01-31,1200,MJ\n",
            2, "unit", "unknown unit 'MJ'; accepted units: kWh, m3, therms"
        },
        {
            ActivityKind.RoadFuel, "date,litres,fuel\n2025-03-14,45.5,kerosene\n",
            2, "fuel", "unknown fuel 'kerosene'; accepted fuels: diesel, petrol"
        },
        {
            ActivityKind.Other, "date,description,kg_co2e\n2025-03-14,,12.5\n",
            2, "description", "missing value; enter what was emitted and how the amount was worked out"
        },
        {
            ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,300,,\n2025-03-15,2,t,rail,300,,\n2025-03-14,2.0,t,rail,300.00,,\n",
            4, null, "exact duplicate of line 2; remove one, or if both really happened, combine them into one row (e.g. add up the amounts)"
        },
        {
            ActivityKind.Shipment, "",
            null, null, "the file is empty; the first line must be the header: date,weight,weight_unit,mode,distance_km,origin_airport,destination_airport"
        },
        {
            ActivityKind.Shipment, ShipmentHeader,
            null, null, "the file has no data rows; add one row per activity below the header"
        },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Bad_file_yields_no_rows_and_the_exact_error(ActivityKind kind, string csv, int? line, string? column, string message)
    {
        var errors = CoreFixture.ImportCsvErrors(kind, csv);

        Assert.Equal(new ImportError(line, column, message), Assert.Single(errors));
    }

    [Fact]
    public void The_error_reads_as_line_column_message()
    {
        var errors = CoreFixture.ImportCsvErrors(ActivityKind.Shipment, ShipmentHeader + "2025-03-14,2,t,rail,-3,,\n");

        Assert.Equal("line 2, column distance_km: '-3' must be a positive number of kilometres", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        var csv = ShipmentHeader + "2025-03-14,2,t,rail,-3,,\n2025-03-14,2,t,rail,300,,\n2025-03-14,-1,kgs,rail,300,,\n";

        Assert.Equal(
        [
            new ImportError(2, "distance_km", "'-3' must be a positive number of kilometres"),
            new ImportError(4, "weight_unit", "unknown unit 'kgs'; accepted units: kg, t"),
        ], CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_parsing()
    {
        var options = new ImportOptions { MaxFileBytes = 1024 * 1024 };
        var csv = ShipmentHeader + string.Concat(Enumerable.Repeat("2025-03-14,2,t,rail,300,,\n", 50_000));

        Assert.Equal(new ImportError(null, null, "the file is larger than the limit of 1 MB (1,048,576 bytes); split it into smaller files"),
            Assert.Single(CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv, options)));
    }

    [Fact]
    public async Task A_stream_larger_than_the_default_10_MB_is_refused()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        using var stream = new NonSeekableStream(bytes);

        var result = await CoreFixture.CsvImporter().ImportAsync(ActivityKind.Shipment, stream);

        Assert.Equal("the file is larger than the limit of 10 MB (10,485,760 bytes); split it into smaller files",
            Assert.Single(Assert.IsType<ImportResult.Failed>(result).Errors).Message);
    }

    [Fact]
    public void A_file_with_more_rows_than_the_limit_is_refused()
    {
        var options = new ImportOptions { MaxRows = 3 };
        var csv = ShipmentHeader + string.Concat(Enumerable.Range(1, 5).Select(day => $"2025-03-{day:00},2,t,rail,300,,\n"));

        Assert.Equal(new ImportError(5, null, "the file has more than 3 rows; split it into files of at most 3 rows"),
            Assert.Single(CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv, options)));
    }

    [Fact]
    public void Too_many_errors_stop_the_import_with_a_note()
    {
        var options = new ImportOptions { MaxErrors = 2 };
        var csv = ShipmentHeader + string.Concat(Enumerable.Range(1, 5).Select(day => $"2025-03-{day:00},2,t,rail,-1,,\n"));

        var errors = CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv, options);

        Assert.Equal(3, errors.Count);
        Assert.Equal("stopped after 2 errors; fix these and upload the file again", errors[2].Message);
    }

    [Fact]
    public void Overlapping_bills_are_refused_with_both_lines_and_dates()
    {
        var rows = CoreFixture.ImportCsvOrFail(ActivityKind.Electricity,
            ElectricityHeader + "2025-01-01,2025-01-31,500,UK\n2025-01-31,2025-02-28,450,UK\n2025-03-01,2025-03-31,470,UK\n");

        var violations = ActivityBatchStore.CheckPeriod(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)), rows);

        Assert.Equal("overlap: line 2 (2025-01-01 to 2025-01-31) and line 3 (2025-01-31 to 2025-02-28) both cover 2025-01-31",
            Assert.Single(violations).Message);
    }

    [Fact]
    public void Json_errors_name_the_line_of_the_offending_property()
    {
        const string json = """
            [
              { "kind": "shipment", "date": "2025-03-14", "weight": 2, "weight_unit": "t", "mode": "rail", "distance_km": 300 },
              {
                "kind": "shipment",
                "date": "2025-03-15",
                "weight": 2,
                "weight_unit": "t",
                "mode": "rail",
                "distance_km": -3
              },
              { "kind": "flight", "date": "2025-03-14", "origin": "MAN", "destination": "XYZ", "cabin_class": "economy", "passengers": 1, "seat": "12A" }
            ]
            """;

        var result = Assert.IsType<ImportResult.Failed>(CoreFixture.JsonImporter().Import(json));

        Assert.Equal(
        [
            new ImportError(9, "distance_km", "'-3' must be a positive number of kilometres"),
            new ImportError(11, "seat", "unknown field 'seat'; flight activities have the fields date, origin, destination, cabin_class, passengers, round_trip, radiative_forcing"),
        ], result.Errors);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var result = Assert.IsType<ImportResult.Failed>(CoreFixture.JsonImporter().Import("[\n  { \"kind\": \"shipment\" \n  \"date\": 1 }\n]"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("malformed JSON: ", error.Message, StringComparison.Ordinal);
    }

    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
