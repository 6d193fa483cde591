namespace EmissionsDao.Core.Activities;

public enum WeightUnit
{
    /// <summary>Kilograms.</summary>
    Kilograms,

    /// <summary>Metric tonnes (1,000 kg).</summary>
    Tonnes,
}

/// <summary>
/// How a shipment travelled; each maps to one DESNZ "Freighting goods" factor (per tonne.km). Freight flights use
/// DESNZ's "With RF" factor (DESNZ recommends including radiative forcing; shipments have no column to leave it out).
/// </summary>
public enum ShipmentMode
{
    /// <summary>HGV (all diesel), all HGVs, average laden.</summary>
    RoadHgv,

    /// <summary>Van, average (up to 3.5 tonnes), unknown fuel.</summary>
    RoadVan,

    /// <summary>Freight train.</summary>
    Rail,

    /// <summary>Cargo ship, container ship, average.</summary>
    SeaContainer,

    /// <summary>Cargo ship, bulk carrier, average.</summary>
    SeaBulk,

    /// <summary>Freight flight, short-haul to/from the UK, distance given.</summary>
    AirShortHaul,

    /// <summary>Freight flight, long-haul to/from the UK, distance given.</summary>
    AirLongHaul,

    /// <summary>Freight flight between two airports; the distance and the haul band are computed from the airports.</summary>
    Air,
}

public enum CabinClass
{
    Average,
    Economy,
    PremiumEconomy,
    Business,
    First,
}

public enum GasUnit
{
    /// <summary>Kilowatt-hours on the gross calorific value basis, as UK gas bills state them.</summary>
    KilowattHours,

    CubicMetres,

    /// <summary>UK therms; 1 therm = 29.3071 kWh (gross CV), the conversion UK gas bills use.</summary>
    Therms,
}

public enum RoadFuel
{
    /// <summary>Forecourt diesel (DESNZ "average biofuel blend").</summary>
    Diesel,

    /// <summary>Forecourt petrol (DESNZ "average biofuel blend").</summary>
    Petrol,
}

/// <summary>The codes users write in files, and the accepted list shown when a code is unknown.</summary>
public static class ActivityCodes
{
    public static readonly (string Code, WeightUnit Value)[] WeightUnits =
        [("kg", WeightUnit.Kilograms), ("t", WeightUnit.Tonnes)];

    public static readonly (string Code, ShipmentMode Value)[] ShipmentModes =
    [
        ("road_hgv", ShipmentMode.RoadHgv), ("road_van", ShipmentMode.RoadVan), ("rail", ShipmentMode.Rail),
        ("sea_container", ShipmentMode.SeaContainer), ("sea_bulk", ShipmentMode.SeaBulk),
        ("air_short_haul", ShipmentMode.AirShortHaul), ("air_long_haul", ShipmentMode.AirLongHaul), ("air", ShipmentMode.Air),
    ];

    public static readonly (string Code, CabinClass Value)[] CabinClasses =
    [
        ("average", CabinClass.Average), ("economy", CabinClass.Economy), ("premium_economy", CabinClass.PremiumEconomy),
        ("business", CabinClass.Business), ("first", CabinClass.First),
    ];

    public static readonly (string Code, GasUnit Value)[] GasUnits =
        [("kWh", GasUnit.KilowattHours), ("m3", GasUnit.CubicMetres), ("therms", GasUnit.Therms)];

    public static readonly (string Code, RoadFuel Value)[] RoadFuels =
        [("diesel", RoadFuel.Diesel), ("petrol", RoadFuel.Petrol)];

    public static string Code(this WeightUnit value) => CodeOf(WeightUnits, value);

    public static string Code(this ShipmentMode value) => CodeOf(ShipmentModes, value);

    public static string Code(this CabinClass value) => CodeOf(CabinClasses, value);

    public static string Code(this GasUnit value) => CodeOf(GasUnits, value);

    public static string Code(this RoadFuel value) => CodeOf(RoadFuels, value);

    public static bool IsAir(this ShipmentMode mode) => mode is ShipmentMode.Air or ShipmentMode.AirShortHaul or ShipmentMode.AirLongHaul;

    /// <summary>Case-insensitive look-up that does not allocate (the CSV hot path calls it for every row).</summary>
    public static bool TryParse<T>(ReadOnlySpan<(string Code, T Value)> codes, ReadOnlySpan<char> text, out T value)
    {
        text = text.Trim();
        for (var i = 0; i < codes.Length; i++)
        {
            if (text.Equals(codes[i].Code, StringComparison.OrdinalIgnoreCase))
            {
                value = codes[i].Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    public static string List<T>((string Code, T Value)[] codes) => string.Join(", ", codes.Select(c => c.Code));

    private static string CodeOf<T>((string Code, T Value)[] codes, T value)
        where T : struct, Enum
    {
        foreach (var (code, candidate) in codes)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return code;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }
}
