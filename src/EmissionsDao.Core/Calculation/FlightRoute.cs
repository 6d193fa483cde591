using EmissionsDao.Core.Factors;

namespace EmissionsDao.Core.Calculation;

/// <param name="GreatCircleKm">Haversine distance between the airports (km, 3 decimals).</param>
/// <param name="DistanceKm">The distance emissions are computed on: great-circle distance × <see cref="FlightRoutes.DistanceUplift"/>.</param>
/// <param name="Band">The DESNZ haul band, from the airports' countries and the great-circle distance.</param>
public sealed record FlightRoute(Airport Origin, Airport Destination, decimal GreatCircleKm, decimal DistanceKm, HaulBand Band);

/// <summary>
/// Flight distance and haul band as DESNZ defines them.
/// <para>
/// Distance: DESNZ's air travel guidance says to add 8 % to the great-circle distance for routes that are not
/// direct and for delays and circling. The flat files shipped here carry no guidance notes, so this could not be
/// re-checked against the data; the 8 % is applied here, once, and every row result shows the great-circle and the
/// uplifted distance so an auditor can see it. (If the methodology paper of a later year says its factors already
/// include the uplift, set <see cref="DistanceUplift"/> to 1 and bump <see cref="EmissionsCalculator.MethodVersion"/>.)
/// </para>
/// <para>
/// Band: both airports in the UK (iso_country GB) is domestic; one in the UK is short-haul up to
/// <see cref="ShortHaulMaxGreatCircleKm"/> of great-circle distance (DESNZ: short-haul is "to/from UK, up to 3,700 km",
/// typically Europe) and long-haul beyond; neither in the UK is "international, to/from non-UK" at any distance.
/// Crown dependencies (JE, GG, IM) are not the UK in OurAirports and count as non-UK.
/// </para>
/// </summary>
public static class FlightRoutes
{
    public const decimal DistanceUplift = 1.08m;

    public const decimal ShortHaulMaxGreatCircleKm = 3700m;

    public static FlightRoute Between(Airport origin, Airport destination)
    {
        var greatCircleKm = GreatCircle.DistanceKm(origin, destination);
        var band = (origin.IsInUnitedKingdom, destination.IsInUnitedKingdom) switch
        {
            (true, true) => HaulBand.Domestic,
            (false, false) => HaulBand.International,
            _ => greatCircleKm <= ShortHaulMaxGreatCircleKm ? HaulBand.ShortHaul : HaulBand.LongHaul,
        };
        return new FlightRoute(origin, destination, greatCircleKm, greatCircleKm * DistanceUplift, band);
    }
}
