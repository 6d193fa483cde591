namespace EmissionsDao.Core.Calculation;

/// <summary>
/// One unit end to end: kg CO2e (decimal) in the domain, integer grams CO2e on chain and in the database.
/// Row results are rounded to the milligram (6 decimals of a kg) so that every total is an exact decimal sum and
/// does not depend on the order of the rows; grams are taken once, from the total.
/// </summary>
public static class EmissionsUnits
{
    /// <summary>Decimals kept in kg CO2e amounts (1 mg).</summary>
    public const int KilogramDecimals = 6;

    /// <summary>kg CO2e rounded to <see cref="KilogramDecimals"/> decimals, half away from zero.</summary>
    public static decimal RoundKilograms(decimal kgCo2e) => Math.Round(kgCo2e, KilogramDecimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The integer grams CO2e written on chain: kg × 1000, rounded half away from zero (0.0005 kg is 1 g).
    /// Emissions are never negative, so a negative amount is a bug and is refused.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="OverflowException">The amount does not fit in a signed 64-bit number of grams.</exception>
    public static long ToGrams(decimal kgCo2e)
    {
        if (kgCo2e < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(kgCo2e), kgCo2e, "Emissions cannot be negative.");
        }

        return checked((long)Math.Round(kgCo2e * 1000m, 0, MidpointRounding.AwayFromZero));
    }

    public static decimal FromGrams(long grams) => grams / 1000m;
}
