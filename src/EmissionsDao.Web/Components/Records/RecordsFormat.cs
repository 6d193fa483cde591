using System.Globalization;
using System.Numerics;

namespace EmissionsDao.Web.Components.Records;

/// <summary>How the records pages show amounts: grams as kg or tonnes, token units with their decimals.</summary>
public static class RecordsFormat
{
    public static string Kilograms(long grams) => (grams / 1000m).ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string Tonnes(long grams) => (grams / 1_000_000m).ToString("#,0.######", CultureInfo.InvariantCulture);

    /// <summary>An ERC-20 amount in its smallest unit as a decimal number of whole tokens.</summary>
    public static string Units(BigInteger amount, int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var whole = BigInteger.DivRem(BigInteger.Abs(amount), scale, out var fraction);
        var text = fraction.IsZero ? whole.ToString("#,0", CultureInfo.InvariantCulture) : $"{whole.ToString("#,0", CultureInfo.InvariantCulture)}.{fraction.ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0').TrimEnd('0')}";
        return amount.Sign < 0 ? "-" + text : text;
    }
}
