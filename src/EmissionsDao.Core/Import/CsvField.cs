namespace EmissionsDao.Core.Import;

/// <summary>How one CSV field uses double quotes (RFC 4180).</summary>
internal enum CsvQuoting
{
    /// <summary>No double quote: the text is the value.</summary>
    Unquoted,

    /// <summary>Enclosed in double quotes, each quote inside doubled: <c>"1,200"</c>, <c>"say ""hi"""</c>.</summary>
    Quoted,

    /// <summary>Opens with a double quote that is never closed (the field runs to the end of the file).</summary>
    Unclosed,

    /// <summary>A double quote anywhere else: <c>30"0</c>, <c>"30"0</c>, <c>"a"b"</c>.</summary>
    Misplaced,
}

/// <summary>
/// The quoting rules applied to one field as Sep hands it over. Sep splits records and fields (a quoted field may hold
/// commas and line breaks) and accepts any quotes without complaint; the importer checks them here so that it can tell
/// the user exactly what to fix, and unquotes the valid ones.
/// </summary>
internal static class CsvField
{
    public static CsvQuoting Check(ReadOnlySpan<char> raw)
    {
        var first = raw.IndexOf('"');
        if (first < 0)
        {
            return CsvQuoting.Unquoted;
        }

        if (first > 0)
        {
            return CsvQuoting.Misplaced;
        }

        if (raw.Count('"') % 2 == 1)
        {
            return CsvQuoting.Unclosed;
        }

        if (raw[^1] != '"')
        {
            return CsvQuoting.Misplaced;
        }

        var inside = raw[1..^1];
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] == '"')
            {
                if (i + 1 == inside.Length || inside[i + 1] != '"')
                {
                    return CsvQuoting.Misplaced;
                }

                i++;
            }
        }

        return CsvQuoting.Quoted;
    }

    /// <summary>The value of a <see cref="CsvQuoting.Quoted"/> field: without the enclosing quotes, each doubled quote made single.</summary>
    public static string Unquote(ReadOnlySpan<char> quoted) => quoted[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
}
