using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Factors;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Calculation;

/// <summary>
/// Values worked out by hand from the shipped files (Factors/Data), the arithmetic in each comment.
/// Rounding: row kg to 6 decimals, half away from zero.
/// </summary>
public sealed class GoldenCalculationTests
{
    private static readonly EmissionsCalculator Calculator = CoreFixture.Calculator;

    // airports.csv: MAN 53.349375, -2.279521 (GB); DXB 25.2527999878, 55.3643989563 (AE).
    // Haversine, R = 6371.0088 km: 5655.4907955325... km (checked with mpmath at 40 digits) -> 5655.491 km (3 decimals).
    // One airport in the UK and 5655.491 km > 3700 km: "Long-haul, to/from UK".
    // Uplift 8 %: 5655.491 x 1.08 = 6107.93028 km; return: x 2 legs x 1 passenger = 12215.86056 passenger.km.
    [Fact]
    public void Manchester_to_Dubai_business_return_2025_with_radiative_forcing()
    {
        var flight = new FlightActivity(new DateOnly(2025, 3, 14), "MAN", "DXB", CabinClass.Business, 1, RoundTrip: true, IncludeRadiativeForcing: true);

        var row = Calculator.CalculateRow(flight);

        // 2025 "Long-haul, to/from UK, Business class, With RF" (21_316_3174_11_1) = 0.3394 kg CO2e/passenger.km
        // 12215.86056 x 0.3394 = 4146.063074064 -> 4146.063074 kg CO2e
        Assert.Equal(5655.491m, row.Route!.GreatCircleKm);
        Assert.Equal(6107.93028m, row.Route.DistanceKm);
        Assert.Equal(HaulBand.LongHaul, row.Route.Band);
        Assert.Equal(12215.86056m, row.Quantity);
        Assert.Equal("21_316_3174_11_1", row.Factor!.Factor.PublisherRowId);
        Assert.Equal(0.3394m, row.Factor.KgCo2ePerUnit);
        Assert.Equal("desnz-ghg-2025", row.Factor.SetKey);
        Assert.Equal(4146.063074m, row.KgCo2e);
        Assert.Equal(4_146_063, EmissionsUnits.ToGrams(row.KgCo2e));
    }

    [Fact]
    public void Manchester_to_Dubai_business_return_2025_without_radiative_forcing()
    {
        var flight = new FlightActivity(new DateOnly(2025, 3, 14), "MAN", "DXB", CabinClass.Business, 1, RoundTrip: true, IncludeRadiativeForcing: false);

        var row = Calculator.CalculateRow(flight);

        // 2025 "Long-haul, to/from UK, Business class, Without RF" (21_316_3175_11_1) = 0.20083
        // 12215.86056 x 0.20083 = 2453.3112762648 -> 2453.311276 kg CO2e
        Assert.Equal("21_316_3175_11_1", row.Factor!.Factor.PublisherRowId);
        Assert.Equal(2453.311276m, row.KgCo2e);
    }

    [Fact]
    public void Manchester_to_Dubai_business_return_dated_2024_uses_the_2024_factors()
    {
        var withRf = new FlightActivity(new DateOnly(2024, 6, 1), "MAN", "DXB", CabinClass.Business, 1, true, true);
        var withoutRf = withRf with { IncludeRadiativeForcing = false };

        // 2024: with RF 0.58028 -> 12215.86056 x 0.58028 = 7088.6195657568 -> 7088.619566
        //       without RF 0.34252 -> 12215.86056 x 0.34252 = 4184.1765590112 -> 4184.176559
        var with = Calculator.CalculateRow(withRf);
        var without = Calculator.CalculateRow(withoutRf);
        Assert.Equal("desnz-ghg-2024", with.Factor!.SetKey);
        Assert.Equal(2024, with.Factor.Factor.Year);
        Assert.Equal(7088.619566m, with.KgCo2e);
        Assert.Equal(4184.176559m, without.KgCo2e);
    }

    [Fact]
    public void Two_tonnes_by_rail_over_300_km()
    {
        var shipment = new ShipmentActivity(new DateOnly(2025, 3, 14), 2m, WeightUnit.Tonnes, ShipmentMode.Rail, 300m, null, null);

        var row = Calculator.CalculateRow(shipment);

        // "Freighting goods > Rail > Freight train" (27_315_3151_14_1) = 0.02779 kg CO2e/tonne.km (same in 2024 and 2025)
        // 2 t x 300 km = 600 tonne.km x 0.02779 = 16.674 kg CO2e
        Assert.Equal(600m, row.Quantity);
        Assert.Equal("27_315_3151_14_1", row.Factor!.Factor.PublisherRowId);
        Assert.Equal(16.674m, row.KgCo2e);
        Assert.Equal(16_674, EmissionsUnits.ToGrams(row.KgCo2e));
    }

    [Fact]
    public void The_same_shipment_in_kilograms_gives_the_same_result()
    {
        var inKg = new ShipmentActivity(new DateOnly(2025, 3, 14), 2000m, WeightUnit.Kilograms, ShipmentMode.Rail, 300m, null, null);

        Assert.Equal(16.674m, Calculator.CalculateRow(inKg).KgCo2e);
    }

    [Fact]
    public void Five_hundred_kWh_in_eGRID_CAMX()
    {
        var electricity = new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 500m, "CAMX");

        var row = Calculator.CalculateRow(electricity);

        // egrid2023-subregions.csv CAMX co2e_lb_per_mwh = 438.150
        // kg/kWh = 438.150 lb/MWh x 0.45359237 kg/lb / 1000 kWh/MWh = 0.1987414969155 (exact)
        // 500 kWh x 0.1987414969155 = 99.37074845775 -> 99.370748 kg CO2e
        Assert.Equal(0.1987414969155m, row.Factor!.KgCo2ePerUnit);
        Assert.Equal("CAMX", row.Factor.Factor.PublisherRowId);
        Assert.Equal("lb CO2e", row.Factor.Factor.EmissionUnit);
        Assert.Equal("MWh", row.Factor.Factor.ActivityUnit);
        Assert.Equal(2023, row.Factor.Factor.Year);
        Assert.Equal(99.370748m, row.KgCo2e);
    }

    [Fact]
    public void Uk_electricity_picks_each_years_factor_by_the_bills_start_date()
    {
        var in2024 = new ElectricityActivity(new DatePeriod(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 31)), 500m, "UK");
        var in2025 = new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 500m, "UK");
        var straddling = new ElectricityActivity(new DatePeriod(new DateOnly(2024, 12, 15), new DateOnly(2025, 1, 14)), 500m, "UK");

        // 7_400_4000_5_1 "UK electricity": 2024 = 0.20705, 2025 = 0.177
        // 500 x 0.20705 = 103.525; 500 x 0.177 = 88.5; a bill starting in 2024 uses 2024.
        var row2024 = Calculator.CalculateRow(in2024);
        var row2025 = Calculator.CalculateRow(in2025);
        Assert.Equal(103.525m, row2024.KgCo2e);
        Assert.Equal("desnz-ghg-2024", row2024.Factor!.SetKey);
        Assert.Equal(88.5m, row2025.KgCo2e);
        Assert.Equal("desnz-ghg-2025", row2025.Factor!.SetKey);
        Assert.Equal(103.525m, Calculator.CalculateRow(straddling).KgCo2e);
    }

    [Theory]
    [InlineData(2019, "desnz-ghg-2024")] // before the earliest set: the earliest
    [InlineData(2024, "desnz-ghg-2024")]
    [InlineData(2025, "desnz-ghg-2025")]
    [InlineData(2026, "desnz-ghg-2025")] // no 2026 set shipped: the latest year <= 2026
    public void Factor_year_rule(int year, string expectedSet) =>
        Assert.Equal(expectedSet, CoreFixture.Library.DesnzSetFor(new DateOnly(year, 7, 1)).Key);

    [Fact]
    public void Natural_gas_in_kWh_cubic_metres_and_therms()
    {
        var period = new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));

        // 2025 natural gas: kWh (Gross CV) 1_100_1004_6_1 = 0.18296; cubic metres 1_100_1004_1_1 = 2.06672
        // 1200 kWh x 0.18296 = 219.552; 100 m3 x 2.06672 = 206.672
        // 40 therms x 29.3071 kWh/therm = 1172.284 kWh x 0.18296 = 214.48108064 -> 214.481081
        Assert.Equal(219.552m, Calculator.CalculateRow(new NaturalGasActivity(period, 1200m, GasUnit.KilowattHours)).KgCo2e);
        Assert.Equal(206.672m, Calculator.CalculateRow(new NaturalGasActivity(period, 100m, GasUnit.CubicMetres)).KgCo2e);
        var therms = Calculator.CalculateRow(new NaturalGasActivity(period, 40m, GasUnit.Therms));
        Assert.Equal(1172.284m, therms.Quantity);
        Assert.Equal(214.481081m, therms.KgCo2e);
    }

    [Fact]
    public void Road_fuel_other_and_ember_country()
    {
        // 2025 diesel (average biofuel blend) litres 1_101_1011_8_1 = 2.57082: 45.5 x 2.57082 = 116.97231
        Assert.Equal(116.97231m, Calculator.CalculateRow(new RoadFuelActivity(new DateOnly(2025, 3, 1), 45.5m, RoadFuel.Diesel)).KgCo2e);

        // Ember FRA 2024 = 44.18 g/kWh: 1000 kWh x 0.04418 = 44.18 kg
        var france = Calculator.CalculateRow(new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 1000m, "FRA"));
        Assert.Equal(44.18m, france.KgCo2e);
        Assert.Equal("Ember", france.Factor!.Factor.Publisher);
        Assert.Equal("CC BY-SA 4.0", france.Factor.Factor.Licence);

        var other = Calculator.CalculateRow(new OtherActivity(new DateOnly(2025, 3, 1), "Refrigerant top-up", 12.5m));
        Assert.True(other.AuditorMustConfirm);
        Assert.Null(other.Factor);
        Assert.Equal(12.5m, other.KgCo2e);
    }

    [Fact]
    public void Air_freight_between_airports_uses_the_computed_band_and_distance()
    {
        var shipment = new ShipmentActivity(new DateOnly(2025, 3, 14), 500m, WeightUnit.Kilograms, ShipmentMode.Air, null, "MAN", "DXB");

        var row = Calculator.CalculateRow(shipment);

        // 0.5 t x 6107.93028 km = 3053.96514 tonne.km; 2025 freight flight long-haul with RF 27_317_3156_14_1 = 0.89939
        // 3053.96514 x 0.89939 = 2746.70570720... -> 2746.705707
        Assert.Equal("27_317_3156_14_1", row.Factor!.Factor.PublisherRowId);
        Assert.Equal(3053.96514m, row.Quantity);
        Assert.Equal(2746.705707m, row.KgCo2e);
    }

    [Fact]
    public void Explanation_spells_out_the_arithmetic()
    {
        var row = Calculator.CalculateRow(new ShipmentActivity(new DateOnly(2025, 3, 14), 2m, WeightUnit.Tonnes, ShipmentMode.Rail, 300m, null, null));

        Assert.Equal("2 t × 300 km = 600 tonne.km × 0.02779 kg CO2e/tonne.km (DESNZ 2025, 27_315_3151_14_1) = 16.674 kg CO2e", row.Explanation);
    }
}
