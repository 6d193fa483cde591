namespace EmissionsDao.Core.Calculation;

/// <summary>
/// The trigonometry the haversine formula needs, in <see cref="decimal"/>: decimal arithmetic is defined by .NET itself,
/// so the same airports give the same distance to the last digit on every machine, which double's Math.Sin does not promise.
/// Series are summed until the next term no longer changes the result (about 27 significant digits).
/// </summary>
internal static class DecimalMath
{
    public const decimal Pi = 3.1415926535897932384626433833m;
    private const decimal HalfPi = Pi / 2;
    private const decimal TwoPi = Pi * 2;

    public static decimal DegreesToRadians(decimal degrees) => degrees * Pi / 180m;

    public static decimal Sin(decimal x)
    {
        x = ReduceToPlusMinusPi(x);
        decimal term = x, sum = x, xSquared = x * x;
        for (var n = 1; n < 60; n++)
        {
            term = -term * xSquared / ((2 * n) * ((2 * n) + 1));
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        return sum;
    }

    public static decimal Cos(decimal x)
    {
        x = ReduceToPlusMinusPi(x);
        decimal term = 1m, sum = 1m, xSquared = x * x;
        for (var n = 1; n < 60; n++)
        {
            term = -term * xSquared / (((2 * n) - 1) * (2 * n));
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        return sum;
    }

    /// <summary>Square root by Newton's method from a decimal starting point (no double seed, so it is reproducible).</summary>
    public static decimal Sqrt(decimal x)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        if (x == 0m)
        {
            return 0m;
        }

        var guess = x > 1m ? x / 2m : 1m;
        for (var i = 0; i < 200; i++)
        {
            var next = (guess + (x / guess)) / 2m;
            if (next == guess)
            {
                break;
            }

            guess = next;
        }

        return guess;
    }

    /// <summary>Arctangent, for any argument.</summary>
    public static decimal Atan(decimal x)
    {
        if (x < 0m)
        {
            return -Atan(-x);
        }

        if (x > 1m)
        {
            return HalfPi - Atan(1m / x);
        }

        // atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))): two halvings bring x below tan(pi/16) ~ 0.2 so the series converges fast.
        var halvings = 0;
        while (x > 0.2m)
        {
            x /= 1m + Sqrt(1m + (x * x));
            halvings++;
        }

        decimal power = x, sum = x, xSquared = x * x;
        for (var n = 1; n < 200; n++)
        {
            power = -power * xSquared;
            var next = sum + (power / ((2 * n) + 1));
            if (next == sum)
            {
                break;
            }

            sum = next;
        }

        return sum * (1 << halvings);
    }

    private static decimal ReduceToPlusMinusPi(decimal x)
    {
        if (x is >= -Pi and <= Pi)
        {
            return x;
        }

        x %= TwoPi;
        return x > Pi ? x - TwoPi : x < -Pi ? x + TwoPi : x;
    }
}
