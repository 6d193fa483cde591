namespace EmissionsDao.Core.Factors;

/// <summary>An airport from OurAirports (public domain): IATA code, ISO 3166-1 alpha-2 country and WGS-84 coordinates in degrees.</summary>
public sealed record Airport(string Iata, string Name, string Municipality, string IsoCountry, decimal LatitudeDegrees, decimal LongitudeDegrees)
{
    public bool IsInUnitedKingdom => IsoCountry == "GB";
}
