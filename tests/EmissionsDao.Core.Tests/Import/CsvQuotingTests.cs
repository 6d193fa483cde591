using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Import;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Import;

/// <summary>How quotes, blank lines and very long records are read (Sep splits the file; the importer checks quotes).</summary>
public sealed class CsvQuotingTests
{
    private const string ShipmentHeader = "date,weight,weight_unit,mode,distance_km,origin_airport,destination_airport\n";

    private const string Misplaced =
        "malformed CSV: a double quote is misplaced; a field containing commas, quotes or line breaks must be enclosed in double quotes, with each quote inside it doubled (\"\")";

    private const string Unclosed =
        "malformed CSV: a double-quoted field is never closed; add the closing double quote (a quote inside a quoted field is written twice: \"\")";

    [Fact]
    public void A_stray_quote_is_reported_and_the_lines_after_it_are_still_checked()
    {
        var csv = ShipmentHeader +
                  "2025-03-14,2,t,rail,12\"0,,\n" +
                  "2025-03-15,2,t,rail,-3,,\n" +
                  "2025-03-16,2,t,truck,300,,\n" +
                  "2025-03-17,2,t,rail,300,,\n";

        Assert.Equal(
        [
            new ImportError(2, null, Misplaced),
            new ImportError(3, "distance_km", "'-3' must be a positive number of kilometres"),
            new ImportError(4, "mode", "unknown mode 'truck'; accepted modes: road_hgv, road_van, rail, sea_container, sea_bulk, air_short_haul, air_long_haul, air"),
        ], CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv));
    }

    [Fact]
    public void Quoted_fields_are_unquoted_and_keep_their_commas_quotes_and_lines()
    {
        var rows = CoreFixture.ImportCsvOrFail(ActivityKind.Other,
            "\"date\",\"description\",\"kg_co2e\"\r\n" +
            "\"2025-03-14\",\"Top-up, \"\"R410A\"\"\nsecond line\",\"12.5\"\r\n" +
            "2025-03-15,Generator,3\r\n");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal(new OtherActivity(new DateOnly(2025, 3, 14), "Top-up, \"R410A\"\nsecond line", 12.5m), rows[0].Activity);
        Assert.Equal(new OtherActivity(new DateOnly(2025, 3, 15), "Generator", 3m), rows[1].Activity);
    }

    [Fact]
    public void Blank_lines_before_the_header_are_skipped_and_lines_keep_their_numbers()
    {
        var errors = CoreFixture.ImportCsvErrors(ActivityKind.RoadFuel, "\n\r\ndate,litres,fuel\n2025-03-14,45.5,kerosene\n");

        Assert.Equal(new ImportError(4, "fuel", "unknown fuel 'kerosene'; accepted fuels: diesel, petrol"), Assert.Single(errors));
    }

    [Fact]
    public void A_quote_never_closed_in_a_huge_file_is_reported_where_its_record_starts()
    {
        // Larger than the 16 Mi characters Sep buffers for one record: only possible with a raised file size limit.
        var csv = ShipmentHeader + "2025-03-14,2,t,rail,300,,\n2025-03-15,2,t,rail,\"" + new string('3', 17 * 1024 * 1024);
        var options = new ImportOptions { MaxFileBytes = 40 * 1024 * 1024 };

        Assert.Equal(new ImportError(3, null, Unclosed), Assert.Single(CoreFixture.ImportCsvErrors(ActivityKind.Shipment, csv, options)));
        Assert.Equal(new ImportError(1, null, Unclosed), Assert.Single(CoreFixture.ImportCsvErrors(ActivityKind.Shipment, "date,\"" + csv, options)));
    }
}
