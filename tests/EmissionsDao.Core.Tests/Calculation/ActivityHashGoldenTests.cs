using EmissionsDao.Core.Activities;
using EmissionsDao.Core.Periods;

namespace EmissionsDao.Core.Tests.Calculation;

/// <summary>
/// The activity-data hash is anchored on chain: these values were computed once and must never change, whatever
/// the implementation of the canonical rows and their sorting becomes.
/// </summary>
public sealed class ActivityHashGoldenTests
{
    [Fact]
    public void Every_kind_and_awkward_text_hash_to_the_pinned_value()
    {
        Activity[] activities =
        [
            new ShipmentActivity(new DateOnly(2025, 3, 14), 2.000m, WeightUnit.Tonnes, ShipmentMode.Rail, 300.50m, null, null),
            new ShipmentActivity(new DateOnly(2025, 3, 15), 500m, WeightUnit.Kilograms, ShipmentMode.Air, null, "MAN", "DXB"),
            new FlightActivity(new DateOnly(2024, 6, 1), "LHR", "JFK", CabinClass.PremiumEconomy, 3, RoundTrip: true, IncludeRadiativeForcing: false),
            new ElectricityActivity(new DatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), 0.001m, "CAMX"),
            new NaturalGasActivity(new DatePeriod(new DateOnly(2024, 12, 15), new DateOnly(2025, 1, 14)), 40m, GasUnit.Therms),
            new RoadFuelActivity(new DateOnly(2025, 2, 1), 45.5m, RoadFuel.Petrol),
            new OtherActivity(new DateOnly(2025, 2, 2), "Kältemittel – R410A ✓ 😀, \"quoted\" \\ back\nnew line\ttab\u0001", 12345678901234.567891m),
            new OtherActivity(new DateOnly(0001, 1, 1), "", 1m),
        ];

        Assert.Equal("0xacaf7e7f1628e1aabd83d5a894de2f583397356434fb6e857a4e2edf2cf3e1d6", CanonicalActivity.HashRows(activities).Hex);
    }

    [Fact]
    public void A_large_file_of_shipments_hashes_to_the_pinned_value()
    {
        var random = new Random(2026);
        var shipments = new List<Activity>();
        for (var i = 0; i < 20_000; i++)
        {
            shipments.Add(new ShipmentActivity(
                new DateOnly(2024, 1, 1).AddDays(random.Next(0, 690)),
                random.Next(1, 2_000_000) / 100m,
                random.Next(2) == 0 ? WeightUnit.Tonnes : WeightUnit.Kilograms,
                (ShipmentMode)random.Next(7),
                random.Next(1, 1_000_000) / 10m,
                null,
                null));
        }

        Assert.Equal("0xfaf29bcc5c4aeac68f444761c303a518392c9bd142bc3b7963f47849b4e3cdd6", CanonicalActivity.HashRows(shipments).Hex);
    }
}
