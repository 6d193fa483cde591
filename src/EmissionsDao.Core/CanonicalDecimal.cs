using System.Globalization;
using System.Text;

namespace EmissionsDao.Core;

/// <summary>Culture-invariant text for decimals: '.' separator, no exponent, no trailing zeros ("0.17700" is written "0.177").</summary>
public static class CanonicalDecimal
{
    /// <summary>The longest text a decimal takes: sign, 29 digits, point.</summary>
    internal const int MaxLength = 31;

    public static string ToText(decimal value)
    {
        Span<byte> utf8 = stackalloc byte[MaxLength];
        return Encoding.ASCII.GetString(utf8[..Write(value, utf8)]);
    }

    /// <summary>Writes the canonical text as UTF-8 (ASCII) and returns its length.</summary>
    internal static int Write(decimal value, Span<byte> destination)
    {
        // Decimal's general format never uses an exponent; it keeps the scale ("0.17700"), so trailing zeros are cut here.
        if (!value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new ArgumentException("The destination is too small for a decimal.", nameof(destination));
        }

        if (destination[..length].IndexOf((byte)'.') >= 0)
        {
            while (destination[length - 1] == (byte)'0')
            {
                length--;
            }

            if (destination[length - 1] == (byte)'.')
            {
                length--;
            }
        }

        return length;
    }

    /// <summary>Reads a number written the way the shipped data files and canonical rows write them.</summary>
    public static decimal Parse(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
