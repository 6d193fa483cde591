using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Import;

/// <summary>A downloadable CSV template: the header and one example row.</summary>
public sealed record CsvTemplate(ActivityKind Kind, string FileName, string Header, string ExampleRow)
{
    /// <summary>The file content: header line, example line, each ending with '\n'.</summary>
    public string Text => $"{Header}\n{ExampleRow}\n";
}

public static class CsvTemplates
{
    public static CsvTemplate For(ActivityKind kind)
    {
        var header = string.Join(',', ActivityColumns.For(kind).Select(c => c.Name));
        var example = kind switch
        {
            ActivityKind.Shipment => "2025-03-14,2,t,rail,300,,",
            ActivityKind.Flight => "2025-03-14,MAN,DXB,business,1,true,true",
            ActivityKind.Electricity => "2025-01-01,2025-01-31,500,CAMX",
            ActivityKind.NaturalGas => "2025-01-01,2025-01-31,1200,kWh",
            ActivityKind.RoadFuel => "2025-03-14,45.5,diesel",
            ActivityKind.Other => "2025-03-14,Refrigerant top-up (R410A) from the engineer's report,12.5",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return new CsvTemplate(kind, $"{kind.Code()}-template.csv", header, example);
    }
}
