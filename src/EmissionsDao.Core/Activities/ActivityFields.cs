namespace EmissionsDao.Core.Activities;

/// <summary>Field names, shared by CSV headers, JSON properties, canonical rows and error messages.</summary>
public static class ActivityFields
{
    public const string Kind = "kind";
    public const string Date = "date";
    public const string StartDate = "start_date";
    public const string EndDate = "end_date";
    public const string Weight = "weight";
    public const string WeightUnit = "weight_unit";
    public const string DistanceKm = "distance_km";
    public const string Mode = "mode";
    public const string OriginAirport = "origin_airport";
    public const string DestinationAirport = "destination_airport";
    public const string Origin = "origin";
    public const string Destination = "destination";
    public const string CabinClass = "cabin_class";
    public const string Passengers = "passengers";
    public const string RoundTrip = "round_trip";
    public const string RadiativeForcing = "radiative_forcing";
    public const string Kwh = "kwh";
    public const string GridRegion = "grid_region";
    public const string Amount = "amount";
    public const string Unit = "unit";
    public const string Litres = "litres";
    public const string Fuel = "fuel";
    public const string Description = "description";
    public const string KgCo2e = "kg_co2e";
}
