using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace EmissionsDao.Core.Factors;

/// <summary>Reads the data files embedded from Factors/Data (see SOURCES.md there) into a <see cref="FactorLibrary"/>.</summary>
public static class FactorLibraryLoader
{
    public const string OpenGovernmentLicence = "Open Government Licence v3.0";
    public const string PublicDomain = "Public domain (US Government work)";
    public const string CreativeCommonsBySa = "CC BY-SA 4.0";

    private const string ResourcePrefix = "EmissionsDao.Core.Factors.Data.";

    private const string DesnzAttribution =
        "Contains public sector information licensed under the Open Government Licence v3.0. " +
        "Source: Department for Energy Security and Net Zero, Greenhouse gas reporting: conversion factors.";

    public static FactorLibrary LoadEmbedded() => new(
        FactorLibrary.CurrentVersion,
        [
            LoadDesnz("uk-ghg-conversion-factors-2024.csv", 2024, "2024 flat file v1.1 (2024-10-18)"),
            LoadDesnz("uk-ghg-conversion-factors-2025.csv", 2025, "2025 flat file (2025-06-10)"),
        ],
        LoadEgrid(),
        LoadEmber(),
        LoadAirports());

    /// <summary>The text of an embedded data file (also used by tests to recompute golden values from the same bytes).</summary>
    public static string ReadEmbeddedFile(string fileName)
    {
        using var stream = typeof(FactorLibraryLoader).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new FileNotFoundException($"Embedded data file {fileName} is missing from EmissionsDao.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static FactorSet LoadDesnz(string fileName, int year, string version)
    {
        var factors = new List<Factor>();
        foreach (var row in ReadRows(fileName))
        {
            if (row["GHG/Unit"] != "kg CO2e" || row["Year"] != year.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException($"{fileName}: factor {row["ID"]} is not a kg CO2e factor for {year}.");
            }

            var category = string.Join(" > ",
                new[] { row["Scope"], row["Level 1"], row["Level 2"], row["Level 3"], row["Level 4"], row["Column Text"] }
                    .Where(part => part.Length > 0));
            factors.Add(new Factor(row["ID"], "DESNZ", "UK Government GHG Conversion Factors for Company Reporting", year,
                category, row["UOM"], "kg CO2e", ParseNumber(row["GHG Conversion Factor"]), OpenGovernmentLicence));
        }

        return new FactorSet($"desnz-ghg-{year}", version, "DESNZ",
            "UK Government GHG Conversion Factors for Company Reporting", year, OpenGovernmentLicence, DesnzAttribution, factors);
    }

    private static FactorSet LoadEgrid()
    {
        const string dataset = "eGRID2023 subregion total output emission rates";
        var factors = ReadRows("egrid2023-subregions.csv").Select(row => new Factor(
            row["subregion_acronym"], "US EPA", dataset, 2023,
            $"Electricity, total output CO2e rate (CO2 + 28 CH4 + 265 N2O, derived): {row["subregion_name"]}",
            "MWh", "lb CO2e", ParseNumber(row["co2e_lb_per_mwh"]), PublicDomain));
        return new FactorSet("epa-egrid-2023", "eGRID2023 (January 2025)", "US EPA", dataset, 2023, PublicDomain,
            "US EPA eGRID2023, public domain.", factors);
    }

    private static FactorSet LoadEmber()
    {
        const string dataset = "Electricity carbon intensity by country (latest year), via The Green Web Foundation co2.js";
        var factors = ReadRows("grid-intensity-countries.csv")
            .Where(row => row["iso_code"].Length > 0)
            .Select(row => new Factor(
                row["iso_code"], "Ember", dataset, int.Parse(row["year"], CultureInfo.InvariantCulture),
                $"Electricity generation intensity: {row["country"]}", "kWh", "g CO2e",
                ParseNumber(row["carbon_intensity_g_per_kwh"]), CreativeCommonsBySa))
            .ToList();
        return new FactorSet("ember-grid-intensity-2025-08", "co2.js average-intensities 2025-08-03", "Ember", dataset,
            factors.Max(f => f.Year), CreativeCommonsBySa,
            "Ember (ember-energy.org), via The Green Web Foundation co2.js, CC BY-SA 4.0.", factors);
    }

    private static AirportDirectory LoadAirports() => new(ReadRows("airports.csv").Select(row => AirportDirectory.Parse(
        row["iata"], row["name"], row["municipality"], row["iso_country"], row["latitude_deg"], row["longitude_deg"])));

    private static decimal ParseNumber(string text) =>
        decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static IEnumerable<Dictionary<string, string>> ReadRows(string fileName)
    {
        using var reader = new StringReader(ReadEmbeddedFile(fileName));
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read())
        {
            throw new InvalidDataException($"{fileName} is empty.");
        }

        var header = csv.Record!;
        while (csv.Read())
        {
            var record = csv.Record!;
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < record.Length ? record[i].Trim() : string.Empty;
            }

            yield return row;
        }
    }
}
