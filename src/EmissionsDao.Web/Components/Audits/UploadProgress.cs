using System.Globalization;

namespace EmissionsDao.Web.Components.Audits;

public enum UploadStage
{
    /// <summary>Bytes come from the browser.</summary>
    Reading,

    /// <summary>Every row is parsed and validated.</summary>
    Checking,

    /// <summary>Every row's emissions are calculated.</summary>
    Calculating,
}

/// <summary>
/// Where an activity file is on its way from the browser to a preview: one bar through the three stages, each taking a
/// fixed share of it (reading is the slowest over the wire, calculating the quickest), and a line saying what is counted.
/// </summary>
/// <param name="Done">Bytes read, lines checked or rows calculated so far.</param>
/// <param name="Total">Bytes, lines or rows in all (0 when not known).</param>
public sealed record UploadProgress(UploadStage Stage, long Done, long Total)
{
    private static readonly double[] StageStart = [0, 40, 85];
    private static readonly double[] StageShare = [40, 45, 15];

    /// <summary>0 to 100 across all three stages.</summary>
    public double Percent => StageStart[(int)Stage] + (StageShare[(int)Stage] * Fraction);

    public int Step => (int)Stage + 1;

    public string Text => Stage switch
    {
        UploadStage.Reading => string.Create(CultureInfo.InvariantCulture, $"Reading the file: {Fraction * 100:0} % of {EmissionsDao.Web.Audits.AuditFormat.Size(Total)}"),
        UploadStage.Checking => string.Create(CultureInfo.InvariantCulture, $"Checking every row: line {Done:N0} of {Total:N0}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Calculating emissions: row {Done:N0} of {Total:N0}"),
    };

    private double Fraction => Total <= 0 ? 0 : Math.Clamp((double)Done / Total, 0, 1);

    /// <summary>The physical lines of a file (the last one may lack its newline), the count the importer reports against.</summary>
    public static int CountLines(ReadOnlySpan<byte> content) =>
        content.IsEmpty ? 0 : content.Count((byte)'\n') + (content[^1] == (byte)'\n' ? 0 : 1);
}
