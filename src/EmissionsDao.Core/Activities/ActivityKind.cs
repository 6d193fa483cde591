namespace EmissionsDao.Core.Activities;

public enum ActivityKind
{
    Shipment,
    Flight,
    Electricity,
    NaturalGas,
    RoadFuel,
    Other,
}

public static class ActivityKinds
{
    public static IReadOnlyList<ActivityKind> All { get; } = Enum.GetValues<ActivityKind>();

    /// <summary>The name used in CSV file names, JSON "kind" values and canonical rows: shipment, flight, electricity, natural_gas, road_fuel, other.</summary>
    public static string Code(this ActivityKind kind) => kind switch
    {
        ActivityKind.Shipment => "shipment",
        ActivityKind.Flight => "flight",
        ActivityKind.Electricity => "electricity",
        ActivityKind.NaturalGas => "natural_gas",
        ActivityKind.RoadFuel => "road_fuel",
        ActivityKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? code, out ActivityKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Metered kinds (electricity, gas) are reported per billing period; the others happen on one date.</summary>
    public static bool IsMetered(this ActivityKind kind) => kind is ActivityKind.Electricity or ActivityKind.NaturalGas;
}
