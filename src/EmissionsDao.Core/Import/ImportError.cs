using System.Globalization;

namespace EmissionsDao.Core.Import;

/// <summary>What is wrong with an uploaded file and where: "line 7, column distance_km: '-3' must be a positive number of kilometres".</summary>
/// <param name="Line">1-based line in the file (the header is line 1); null when the whole file is concerned.</param>
/// <param name="Column">The column (CSV) or property (JSON) to fix; null when the whole line is concerned.</param>
public sealed record ImportError(int? Line, string? Column, string Message)
{
    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            ({ } line, { } column) => string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: "),
            ({ } line, null) => string.Create(CultureInfo.InvariantCulture, $"line {line}: "),
            (null, { } column) => $"column {column}: ",
            _ => string.Empty,
        };
        return where + Message;
    }
}
