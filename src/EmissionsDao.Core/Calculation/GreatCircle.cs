using EmissionsDao.Core.Factors;

namespace EmissionsDao.Core.Calculation;

/// <summary>Great-circle distance between airports by the haversine formula on a sphere of radius 6371.0088 km (the IUGG mean Earth radius).</summary>
public static class GreatCircle
{
    public const decimal EarthRadiusKm = 6371.0088m;

    /// <summary>Kilometres, rounded to the metre (3 decimals, half away from zero): the coordinates are no more precise than that.</summary>
    public static decimal DistanceKm(Airport from, Airport to) =>
        DistanceKm(from.LatitudeDegrees, from.LongitudeDegrees, to.LatitudeDegrees, to.LongitudeDegrees);

    public static decimal DistanceKm(decimal latitude1, decimal longitude1, decimal latitude2, decimal longitude2)
    {
        var phi1 = DecimalMath.DegreesToRadians(latitude1);
        var phi2 = DecimalMath.DegreesToRadians(latitude2);
        var deltaPhi = DecimalMath.DegreesToRadians(latitude2 - latitude1);
        var deltaLambda = DecimalMath.DegreesToRadians(longitude2 - longitude1);

        var sinHalfDeltaPhi = DecimalMath.Sin(deltaPhi / 2m);
        var sinHalfDeltaLambda = DecimalMath.Sin(deltaLambda / 2m);
        var a = (sinHalfDeltaPhi * sinHalfDeltaPhi)
                + (DecimalMath.Cos(phi1) * DecimalMath.Cos(phi2) * sinHalfDeltaLambda * sinHalfDeltaLambda);
        a = Math.Clamp(a, 0m, 1m);

        // c = 2 atan2(sqrt(a), sqrt(1 - a)); a = 1 only for antipodal points.
        var centralAngle = a == 1m
            ? DecimalMath.Pi
            : 2m * DecimalMath.Atan(DecimalMath.Sqrt(a) / DecimalMath.Sqrt(1m - a));
        return Math.Round(EarthRadiusKm * centralAngle, 3, MidpointRounding.AwayFromZero);
    }
}
