using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Import;

/// <summary>A column of an activity file: its name, whether it must be present in the header, and what it holds.</summary>
/// <param name="Hint">What to enter, as used in messages: "a positive number of kilometres".</param>
public sealed record ActivityColumn(string Name, bool Required, string Hint);

/// <summary>The columns of each activity kind, in template order. Field positions are fixed per kind (see the constants).</summary>
public static class ActivityColumns
{
    internal const string DateHint = "a date as YYYY-MM-DD (e.g. 2025-01-31)";

    private static readonly ActivityColumn Date = new(ActivityFields.Date, true, DateHint);
    private static readonly ActivityColumn StartDate = new(ActivityFields.StartDate, true, "the first day of the billing period as YYYY-MM-DD");
    private static readonly ActivityColumn EndDate = new(ActivityFields.EndDate, true, "the last day of the billing period (inclusive) as YYYY-MM-DD");

    private static readonly IReadOnlyList<ActivityColumn> Shipment =
    [
        Date,
        new(ActivityFields.Weight, true, "a positive weight (in the unit given in weight_unit)"),
        new(ActivityFields.WeightUnit, true, "kg or t"),
        new(ActivityFields.Mode, true, "the transport mode"),
        new(ActivityFields.DistanceKm, false, "a positive number of kilometres"),
        new(ActivityFields.OriginAirport, false, "the origin airport's 3-letter IATA code (mode air only)"),
        new(ActivityFields.DestinationAirport, false, "the destination airport's 3-letter IATA code (mode air only)"),
    ];

    private static readonly IReadOnlyList<ActivityColumn> Flight =
    [
        Date,
        new(ActivityFields.Origin, true, "the origin airport's 3-letter IATA code (e.g. MAN)"),
        new(ActivityFields.Destination, true, "the destination airport's 3-letter IATA code (e.g. DXB)"),
        new(ActivityFields.CabinClass, true, "the cabin class"),
        new(ActivityFields.Passengers, true, "a whole number of passengers, at least 1"),
        new(ActivityFields.RoundTrip, false, "true for a return trip, false for one way (default false)"),
        new(ActivityFields.RadiativeForcing, false, "true to include radiative forcing, false to leave it out (default true)"),
    ];

    private static readonly IReadOnlyList<ActivityColumn> Electricity =
    [
        StartDate,
        EndDate,
        new(ActivityFields.Kwh, true, "a positive number of kWh"),
        new(ActivityFields.GridRegion, true, "UK, an eGRID subregion (e.g. CAMX) or a 3-letter ISO country code (e.g. FRA)"),
    ];

    private static readonly IReadOnlyList<ActivityColumn> NaturalGas =
    [
        StartDate,
        EndDate,
        new(ActivityFields.Amount, true, "a positive amount of gas (in the unit given in unit)"),
        new(ActivityFields.Unit, true, "kWh, m3 or therms"),
    ];

    private static readonly IReadOnlyList<ActivityColumn> RoadFuel =
    [
        Date,
        new(ActivityFields.Litres, true, "a positive number of litres"),
        new(ActivityFields.Fuel, true, "diesel or petrol"),
    ];

    private static readonly IReadOnlyList<ActivityColumn> Other =
    [
        Date,
        new(ActivityFields.Description, true, "what was emitted and how the amount was worked out"),
        new(ActivityFields.KgCo2e, true, "a positive number of kg CO2e"),
    ];

    public static IReadOnlyList<ActivityColumn> For(ActivityKind kind) => kind switch
    {
        ActivityKind.Shipment => Shipment,
        ActivityKind.Flight => Flight,
        ActivityKind.Electricity => Electricity,
        ActivityKind.NaturalGas => NaturalGas,
        ActivityKind.RoadFuel => RoadFuel,
        ActivityKind.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Position of <paramref name="name"/> in <see cref="For"/>, or -1.</summary>
    internal static int IndexOf(ActivityKind kind, string name)
    {
        var columns = For(kind);
        for (var i = 0; i < columns.Count; i++)
        {
            if (string.Equals(columns[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
