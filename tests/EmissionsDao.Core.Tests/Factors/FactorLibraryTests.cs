using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Factors;

public sealed class FactorLibraryTests
{
    private static readonly FactorLibrary Library = CoreFixture.Library;

    [Fact]
    public void Loads_both_uk_years_egrid_ember_and_airports()
    {
        Assert.Equal([2024, 2025], Library.DesnzSets.Select(s => s.Year));
        Assert.All(Library.DesnzSets, s => Assert.Equal(2616, s.Factors.Count));
        Assert.Equal(28, Library.Egrid.Factors.Count);
        Assert.Equal(209, Library.Ember.Factors.Count); // country rows only; aggregates have no ISO code
        Assert.Equal(4489, Library.Airports.Count);
    }

    [Fact]
    public void Every_factor_keeps_publisher_dataset_year_row_id_unit_and_licence()
    {
        var factor = Library.DesnzSets[1][DesnzFactorIds.UkElectricity];

        Assert.Equal(new Factor("7_400_4000_5_1", "DESNZ", "UK Government GHG Conversion Factors for Company Reporting", 2025,
            "Scope 2 > UK electricity > Electricity generated > Electricity: UK > kWh", "kWh", "kg CO2e", 0.177m, "Open Government Licence v3.0"), factor);
        Assert.All(Library.Sets.SelectMany(s => s.Factors), f =>
        {
            Assert.False(string.IsNullOrEmpty(f.PublisherRowId));
            Assert.False(string.IsNullOrEmpty(f.Publisher));
            Assert.False(string.IsNullOrEmpty(f.Dataset));
            Assert.False(string.IsNullOrEmpty(f.ActivityUnit));
            Assert.False(string.IsNullOrEmpty(f.Licence));
            Assert.InRange(f.Year, 2022, 2025);
        });
    }

    [Fact]
    public void Sanity_values_from_SOURCES_md()
    {
        Assert.Equal(0.20705m, Library.DesnzSets[0][DesnzFactorIds.UkElectricity].Value);
        Assert.Equal(0.1829m, Library.DesnzSets[0][DesnzFactorIds.NaturalGasKwhGrossCv].Value);
        Assert.Equal(0.18296m, Library.DesnzSets[1][DesnzFactorIds.NaturalGasKwhGrossCv].Value);
        Assert.Equal(0.11704m, Library.DesnzSets[1]["21_316_3170_11_1"].Value);
        Assert.Equal(775.239m, Library.Egrid["US"].Value);
        Assert.Equal(215.79m, Library.Ember["GBR"].Value);
    }

    [Fact]
    public void Content_hashes_are_32_bytes_and_stable_across_loads()
    {
        // Serialisation is culture-invariant by construction (CanonicalDecimal, InvariantCulture); the build runs
        // with InvariantGlobalization, so another culture cannot be switched on here to show it.
        var reloaded = FactorLibraryLoader.LoadEmbedded();
        Assert.Equal(Library.ContentHash, reloaded.ContentHash);
        Assert.Equal(Library.Sets.Select(s => s.ContentHash), reloaded.Sets.Select(s => s.ContentHash));

        Assert.Equal(32, Library.ContentHash.Bytes.Length);
        Assert.Matches("^0x[0-9a-f]{64}$", Library.ContentHash.Hex);
        Assert.Equal(4, Library.Sets.Select(s => s.ContentHash).Distinct().Count());
    }

    [Fact]
    public void Set_hash_depends_on_the_factors_not_on_their_order_and_changes_with_any_value()
    {
        var set = Library.Egrid;
        var reversed = new FactorSet(set.Key, set.Version, set.Publisher, set.Dataset, set.Year, set.Licence, set.Attribution, set.Factors.Reverse());
        var changed = new FactorSet(set.Key, set.Version, set.Publisher, set.Dataset, set.Year, set.Licence, set.Attribution,
            set.Factors.Select(f => f.PublisherRowId == "CAMX" ? f with { Value = 438.151m } : f));
        var trailingZero = new FactorSet(set.Key, set.Version, set.Publisher, set.Dataset, set.Year, set.Licence, set.Attribution,
            set.Factors.Select(f => f.PublisherRowId == "CAMX" ? f with { Value = 438.1500m } : f));

        Assert.Equal(set.ContentHash, reversed.ContentHash);
        Assert.NotEqual(set.ContentHash, changed.ContentHash);
        Assert.Equal(set.ContentHash, trailingZero.ContentHash); // 438.150 and 438.1500 are the same number
        Assert.Same(set, Library.FindSet(Sha256Digest.FromHex(set.ContentHash.Hex)));
    }

    [Theory]
    [InlineData(DesnzFactorIds.UkElectricity, "Scope 2 > UK electricity > Electricity generated > Electricity: UK > kWh", "kWh")]
    [InlineData(DesnzFactorIds.NaturalGasKwhGrossCv, "Scope 1 > Fuels > Gaseous fuels > Natural gas", "kWh (Gross CV)")]
    [InlineData(DesnzFactorIds.NaturalGasCubicMetres, "Scope 1 > Fuels > Gaseous fuels > Natural gas", "cubic metres")]
    [InlineData(DesnzFactorIds.DieselLitres, "Scope 1 > Fuels > Liquid fuels > Diesel (average biofuel blend)", "litres")]
    [InlineData(DesnzFactorIds.PetrolLitres, "Scope 1 > Fuels > Liquid fuels > Petrol (average biofuel blend)", "litres")]
    [InlineData(DesnzFactorIds.FreightHgvAllAverageLaden, "Scope 3 > Freighting goods > HGV (all diesel) > All HGVs > Average laden", "tonne.km")]
    [InlineData(DesnzFactorIds.FreightVanAverageUnknownFuel, "Scope 3 > Freighting goods > Vans > Average (up to 3.5 tonnes) > Unknown", "tonne.km")]
    [InlineData(DesnzFactorIds.FreightRail, "Scope 3 > Freighting goods > Rail > Freight train", "tonne.km")]
    [InlineData(DesnzFactorIds.FreightContainerShipAverage, "Scope 3 > Freighting goods > Cargo ship > Container ship > Average", "tonne.km")]
    [InlineData(DesnzFactorIds.FreightBulkCarrierAverage, "Scope 3 > Freighting goods > Cargo ship > Bulk carrier > Average", "tonne.km")]
    public void Factor_ids_name_the_expected_category_in_both_years(string id, string category, string unit) =>
        Assert.All(Library.DesnzSets, set =>
        {
            Assert.Equal(category, set[id].Category);
            Assert.Equal(unit, set[id].ActivityUnit);
        });

    [Fact]
    public void Every_flight_factor_id_names_its_band_class_and_radiative_forcing_in_both_years()
    {
        var bandText = new Dictionary<HaulBand, string>
        {
            [HaulBand.Domestic] = "Domestic, to/from UK",
            [HaulBand.ShortHaul] = "Short-haul, to/from UK",
            [HaulBand.LongHaul] = "Long-haul, to/from UK",
            [HaulBand.International] = "International, to/from non-UK",
        };
        var classText = new Dictionary<CabinClass, string>
        {
            [CabinClass.Average] = "Average passenger",
            [CabinClass.Economy] = "Economy class",
            [CabinClass.PremiumEconomy] = "Premium economy class",
            [CabinClass.Business] = "Business class",
            [CabinClass.First] = "First class",
        };

        foreach (var set in Library.DesnzSets)
        {
            foreach (var band in Enum.GetValues<HaulBand>())
            {
                foreach (var rf in new[] { true, false })
                {
                    var rfText = rf ? "With RF" : "Without RF";
                    Assert.Equal($"Scope 3 > Freighting goods > Freight flights > {bandText[band]} > {rfText}", set[DesnzFactorIds.FreightFlight(band, rf)].Category);
                    foreach (var cabin in Enum.GetValues<CabinClass>())
                    {
                        var id = DesnzFactorIds.PassengerFlight(band, cabin, rf, out var applied);
                        Assert.Equal($"Scope 3 > Business travel- air > Flights > {bandText[band]} > {classText[applied]} > {rfText}", set[id].Category);
                        Assert.Equal("passenger.km", set[id].ActivityUnit);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("UK", GridRegionSource.UnitedKingdom)]
    [InlineData("gb", GridRegionSource.UnitedKingdom)]
    [InlineData("GBR", GridRegionSource.UnitedKingdom)]
    [InlineData("camx", GridRegionSource.EgridSubregion)]
    [InlineData("US", GridRegionSource.EgridSubregion)]
    [InlineData("FRA", GridRegionSource.EmberCountry)]
    [InlineData("USA", GridRegionSource.EmberCountry)]
    public void Grid_regions_resolve(string code, GridRegionSource source)
    {
        Assert.True(Library.TryResolveGridRegion(code, out var region, out _));
        Assert.Equal(source, region.Source);
    }

    [Theory]
    [InlineData("TX")]
    [InlineData("US-CA")]
    [InlineData("ny")]
    public void A_us_state_is_refused_saying_no_state_table_is_shipped(string code)
    {
        Assert.False(Library.TryResolveGridRegion(code, out _, out var problem));
        Assert.Equal($"'{code}' is a US state, but no US-state emission factor table is shipped (eGRID state rates were not available); " +
                     "give the eGRID subregion of the utility instead (e.g. CAMX for most of California, ERCT for most of Texas)", problem);
    }

    [Theory]
    [InlineData("uk-ghg-conversion-factors-2024.csv")]
    [InlineData("uk-ghg-conversion-factors-2025.csv")]
    [InlineData("egrid2023-subregions.csv")]
    [InlineData("grid-intensity-countries.csv")]
    [InlineData("airports.csv")]
    public void Embedded_files_have_the_sha256_listed_in_SOURCES_md(string file)
    {
        var sources = FactorLibraryLoader.ReadEmbeddedFile("SOURCES.md");
        var listed = sources.Split('\n').Single(line => line.StartsWith($"| `{file}` |", StringComparison.Ordinal)).Split('`')[3];

        var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(FactorLibraryLoader.ReadEmbeddedFile(file))));

        Assert.Equal(listed, actual);
    }
}
