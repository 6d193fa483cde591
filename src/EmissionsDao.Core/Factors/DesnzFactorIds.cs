using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Factors;

/// <summary>
/// Which DESNZ factor (by its <c>ID</c> column, the same in the 2024 and 2025 files) each activity uses.
/// Tests check that every id here names the expected category in both years.
/// </summary>
public static class DesnzFactorIds
{
    public const string UkElectricity = "7_400_4000_5_1";
    public const string NaturalGasKwhGrossCv = "1_100_1004_6_1";
    public const string NaturalGasCubicMetres = "1_100_1004_1_1";
    public const string DieselLitres = "1_101_1011_8_1";
    public const string PetrolLitres = "1_101_1017_8_1";
    public const string FreightHgvAllAverageLaden = "27_304_3140_14_1";
    public const string FreightVanAverageUnknownFuel = "27_303_3106_14_1";
    public const string FreightRail = "27_315_3151_14_1";
    public const string FreightContainerShipAverage = "27_320_3235_14_1";
    public const string FreightBulkCarrierAverage = "27_320_3221_14_1";

    public static string RoadFuel(RoadFuel fuel) => fuel switch
    {
        Activities.RoadFuel.Diesel => DieselLitres,
        Activities.RoadFuel.Petrol => PetrolLitres,
        _ => throw new ArgumentOutOfRangeException(nameof(fuel), fuel, null),
    };

    /// <summary>Freight flight factor (tonne.km) for a haul band, with or without radiative forcing.</summary>
    public static string FreightFlight(HaulBand band, bool withRadiativeForcing)
    {
        var first = band switch
        {
            HaulBand.Domestic => 3152,
            HaulBand.ShortHaul => 3154,
            HaulBand.LongHaul => 3156,
            HaulBand.International => 3158,
            _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
        };
        return $"27_317_{first + (withRadiativeForcing ? 0 : 1)}_14_1";
    }

    /// <summary>
    /// Passenger flight factor (passenger.km). DESNZ publishes only "average passenger" for domestic flights and no
    /// premium economy or first class for short-haul: those fall back to average, economy and business respectively
    /// (<paramref name="appliedClass"/> says which class the factor is for).
    /// </summary>
    public static string PassengerFlight(HaulBand band, CabinClass cabinClass, bool withRadiativeForcing, out CabinClass appliedClass)
    {
        appliedClass = (band, cabinClass) switch
        {
            (HaulBand.Domestic, _) => CabinClass.Average,
            (HaulBand.ShortHaul, CabinClass.PremiumEconomy) => CabinClass.Economy,
            (HaulBand.ShortHaul, CabinClass.First) => CabinClass.Business,
            _ => cabinClass,
        };

        // DESNZ numbers the rows in pairs (with RF, then without RF): band blocks start at 3160, 3162, 3168 and 3178.
        var offset = (band, appliedClass) switch
        {
            (HaulBand.Domestic, CabinClass.Average) => 3160,
            (HaulBand.ShortHaul, CabinClass.Average) => 3162,
            (HaulBand.ShortHaul, CabinClass.Economy) => 3164,
            (HaulBand.ShortHaul, CabinClass.Business) => 3166,
            (HaulBand.LongHaul, _) => 3168 + (2 * (int)appliedClass),
            (HaulBand.International, _) => 3178 + (2 * (int)appliedClass),
            _ => throw new ArgumentOutOfRangeException(nameof(cabinClass), cabinClass, null),
        };
        return $"21_316_{offset + (withRadiativeForcing ? 0 : 1)}_11_1";
    }
}
