using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Periods;
using EmissionsDao.Core.Tests.Support;

namespace EmissionsDao.Core.Tests.Calculation;

public sealed class DeterminismTests
{
    private static readonly string[] Airports = ["MAN", "LHR", "DXB", "JFK", "CDG", "SYD", "EDI", "FRA", "SIN", "BHX"];
    private static readonly string[] Regions = ["UK", "CAMX", "ERCT", "NYUP", "FRA", "DEU", "IND", "US"];

    [Fact]
    public void Shuffled_rows_give_the_same_totals_and_hashes_bit_for_bit()
    {
        var random = new Random(1234);
        for (var trial = 0; trial < 50; trial++)
        {
            var activities = RandomActivities(random, random.Next(1, 80));
            var shuffled = activities.OrderBy(_ => random.Next()).ToList();

            var first = CoreFixture.Calculator.Calculate(activities);
            var second = CoreFixture.Calculator.Calculate(shuffled);

            Assert.Equal(first.ActivityDataHash, second.ActivityDataHash);
            Assert.Equal(first.FactorLibraryHash, second.FactorLibraryHash);
            Assert.Equal(decimal.GetBits(first.TotalKgCo2e), decimal.GetBits(second.TotalKgCo2e));
            Assert.Equal(first.TotalGrams, second.TotalGrams);
            Assert.Equal(first.ByKind, second.ByKind);
            Assert.Equal(first.ByMonth, second.ByMonth);
            Assert.Equal(first.TotalKgCo2e, first.ByMonth.Sum(m => m.KgCo2e));
            Assert.Equal(first.TotalKgCo2e, first.ByKind.Sum(k => k.KgCo2e));
        }
    }

    [Fact]
    public void Different_data_gives_a_different_activity_hash()
    {
        var a = new ShipmentActivity(new DateOnly(2025, 3, 14), 2m, WeightUnit.Tonnes, ShipmentMode.Rail, 300m, null, null);

        Assert.NotEqual(CanonicalActivity.HashRows([a]), CanonicalActivity.HashRows([a with { DistanceKm = 301m }]));
        Assert.Equal(CanonicalActivity.HashRows([a]), CanonicalActivity.HashRows([a with { DistanceKm = 300.00m }]));
    }

    [Fact]
    public void Metered_rows_are_split_across_months_pro_rata_by_days()
    {
        // 2024-12-15 to 2025-01-14 is 31 days: 17 in December, 14 in January. UK 2024 factor 0.20705 x 600 kWh = 124.23 kg.
        // December: 124.23 x 17 / 31 = 68.12612903... -> 68.126129; January takes the rest: 124.23 - 68.126129 = 56.103871.
        var bill = new ElectricityActivity(new DatePeriod(new DateOnly(2024, 12, 15), new DateOnly(2025, 1, 14)), 600m, "UK");

        var result = CoreFixture.Calculator.Calculate([bill]);

        Assert.Equal(124.23m, result.TotalKgCo2e);
        Assert.Equal(
        [
            new MonthTotal(new CalendarMonth(2024, 12), 68.126129m),
            new MonthTotal(new CalendarMonth(2025, 1), 56.103871m),
        ], result.ByMonth);
    }

    [Fact]
    public void Great_circle_in_decimal_agrees_with_double_haversine_to_the_metre()
    {
        var airports = CoreFixture.Library.Airports;
        var random = new Random(5);
        var codes = Airports;
        for (var i = 0; i < 200; i++)
        {
            var from = airports[codes[random.Next(codes.Length)]];
            var to = airports[codes[random.Next(codes.Length)]];

            var exact = GreatCircle.DistanceKm(from, to);
            var approximate = DoubleHaversine((double)from.LatitudeDegrees, (double)from.LongitudeDegrees, (double)to.LatitudeDegrees, (double)to.LongitudeDegrees);

            Assert.InRange((double)exact, approximate - 0.001, approximate + 0.001);
        }

        // SOURCES.md: LHR-JFK 5,539.7 km and LHR-SYD 17,020.7 km.
        Assert.Equal(5539.7m, Math.Round(GreatCircle.DistanceKm(airports["LHR"], airports["JFK"]), 1));
        Assert.Equal(17020.7m, Math.Round(GreatCircle.DistanceKm(airports["LHR"], airports["SYD"]), 1));
    }

    [Theory]
    [InlineData("MAN", "EDI", "Domestic")]
    [InlineData("LHR", "CDG", "ShortHaul")]
    [InlineData("LHR", "JFK", "LongHaul")]
    [InlineData("CDG", "JFK", "International")]
    [InlineData("JFK", "LHR", "LongHaul")]
    public void Haul_bands(string origin, string destination, string band)
    {
        var airports = CoreFixture.Library.Airports;

        Assert.Equal(band, FlightRoutes.Between(airports[origin], airports[destination]).Band.ToString());
    }

    [Fact]
    public void Grams_round_half_away_from_zero_and_refuse_negative_amounts()
    {
        Assert.Equal(1, EmissionsUnits.ToGrams(0.0005m));
        Assert.Equal(0, EmissionsUnits.ToGrams(0.000499m));
        Assert.Equal(3, EmissionsUnits.ToGrams(0.0025m));
        Assert.Equal(16_674, EmissionsUnits.ToGrams(16.674m));
        Assert.Equal(0, EmissionsUnits.ToGrams(0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => EmissionsUnits.ToGrams(-0.001m));
        Assert.Throws<OverflowException>(() => EmissionsUnits.ToGrams(decimal.MaxValue / 10m));
    }

    private static List<Activity> RandomActivities(Random random, int count)
    {
        var activities = new HashSet<Activity>();
        while (activities.Count < count)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700));
            var period = new DatePeriod(date, date.AddDays(random.Next(0, 60)));
            var origin = Airports[random.Next(Airports.Length)];
            var destination = Airports.Where(a => a != origin).ElementAt(random.Next(Airports.Length - 1));
            Activity activity = random.Next(6) switch
            {
                0 => new ShipmentActivity(date, RandomAmount(random), random.Next(2) == 0 ? WeightUnit.Kilograms : WeightUnit.Tonnes,
                    (ShipmentMode)random.Next(7), RandomAmount(random), null, null),
                1 => new FlightActivity(date, origin, destination, (CabinClass)random.Next(5), random.Next(1, 5), random.Next(2) == 0, random.Next(2) == 0),
                2 => new ElectricityActivity(period, RandomAmount(random), Regions[random.Next(Regions.Length)]),
                3 => new NaturalGasActivity(period, RandomAmount(random), (GasUnit)random.Next(3)),
                4 => new RoadFuelActivity(date, RandomAmount(random), (RoadFuel)random.Next(2)),
                _ => new OtherActivity(date, $"item {random.Next(1000)}", RandomAmount(random)),
            };
            activities.Add(activity);
        }

        return [.. activities];
    }

    private static decimal RandomAmount(Random random) => random.Next(1, 1_000_000) / 1000m;

    private static double DoubleHaversine(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(lat2 - lat1) / 2), 2)
                + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(Radians(lon2 - lon1) / 2), 2));
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(a));
    }
}
