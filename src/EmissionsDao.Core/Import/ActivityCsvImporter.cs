using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using EmissionsDao.Core.Activities;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Import;

/// <summary>
/// Reads one activity kind from CSV (UTF-8, comma-separated, header row; see <see cref="CsvTemplates"/>) with CsvHelper's
/// parser, reading fields by position. Any bad row fails the whole file with every problem listed by line and column.
/// Blank lines, and lines whose fields are all empty (spreadsheet exports), are skipped.
/// </summary>
public sealed class ActivityCsvImporter(ActivityValidator validator, IOptions<ImportOptions> options)
{
    private readonly ImportOptions _options = options.Value;

    /// <summary>Lines between two reports to a progress listener.</summary>
    public const int ProgressInterval = 4096;

    public Task<ImportResult> ImportAsync(ActivityKind kind, Stream csv, CancellationToken cancellationToken = default) =>
        ImportAsync(kind, csv, linesRead: null, cancellationToken);

    /// <param name="linesRead">Hears the line number reached every <see cref="ProgressInterval"/> lines (for a progress bar).</param>
    public async Task<ImportResult> ImportAsync(ActivityKind kind, Stream csv, IProgress<int>? linesRead, CancellationToken cancellationToken = default)
    {
        var bytes = await ImportSession.ReadLimitedAsync(csv, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return new ImportResult.Failed([ImportSession.TooLarge(_options.MaxFileBytes)]);
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Import(kind, reader, EstimateRows(bytes.Length), linesRead);
    }

    public ImportResult Import(ActivityKind kind, string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (csv.Length > _options.MaxFileBytes || Encoding.UTF8.GetByteCount(csv) > _options.MaxFileBytes)
        {
            return new ImportResult.Failed([ImportSession.TooLarge(_options.MaxFileBytes)]);
        }

        using var reader = new StringReader(csv);
        return Import(kind, reader, EstimateRows(csv.Length), linesRead: null);
    }

    /// <summary>Rows are rarely shorter than 24 characters; over-estimating a little costs less than growing twice.</summary>
    private static int EstimateRows(long length) => (int)Math.Min(length / 24, int.MaxValue);

    private ImportResult Import(ActivityKind kind, TextReader text, int expectedRows, IProgress<int>? linesRead)
    {
        var session = new ImportSession(validator, _options, expectedRows);
        string? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData ??= args.Field,
            IgnoreBlankLines = true,
            BufferSize = 64 * 1024,
        };

        using var parser = new CsvParser(text, configuration);
        var columns = ActivityColumns.For(kind);
        var template = CsvTemplates.For(kind);
        try
        {
            if (!parser.Read())
            {
                return new ImportResult.Failed([new ImportError(null, null, $"the file is empty; the first line must be the header: {template.Header}")]);
            }

            var fieldToCsvIndex = ReadHeader(kind, parser, session.Errors);
            if (fieldToCsvIndex is null)
            {
                return session.Errors.ToResult();
            }

            var fields = new CsvRowFields(parser, fieldToCsvIndex);
            var headerCount = parser.Count;
            var previousRawRow = parser.RawRow;
            while (!session.ShouldStop && parser.Read())
            {
                var line = StartLine(parser, previousRawRow);
                previousRawRow = parser.RawRow;
                if (linesRead is not null && line % ProgressInterval == 0)
                {
                    linesRead.Report(line);
                }

                var fieldCountMatches = parser.Count == headerCount;

                // CsvHelper parses fields lazily: bad quotes are only reported once the fields are read.
                var blank = fields.LoadAndCheckBlank(all: !fieldCountMatches);
                if (badData is not null)
                {
                    var unclosed = badData.StartsWith('"') && QuoteCount(badData) % 2 == 1;
                    badData = null;
                    session.Errors.Add(line, null, unclosed
                        ? "malformed CSV: a double-quoted field is never closed; add the closing double quote (a quote inside a quoted field is written twice: \"\")"
                        : "malformed CSV: a double quote is misplaced; a field containing commas, quotes or line breaks must be enclosed in double quotes, with each quote inside it doubled (\"\")");
                    continue;
                }

                if (blank)
                {
                    continue;
                }

                if (!session.CountRow(line))
                {
                    break;
                }

                if (!fieldCountMatches)
                {
                    session.Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
                        $"expected {headerCount} fields like the header, found {parser.Count}; check for missing or extra commas (a field containing a comma must be in double quotes)"));
                    continue;
                }

                session.Accept(kind, fields, line);
            }
        }
        catch (CsvHelperException exception)
        {
            session.Errors.Add(exception.Context?.Parser?.RawRow ?? parser.RawRow, null, $"malformed CSV: {exception.Message.Split('\n')[0].Trim()}");
        }

        return session.Finish();
    }

    /// <returns>For each field of the kind, its position in the file, or -1; null when the header has errors.</returns>
    private static int[]? ReadHeader(ActivityKind kind, CsvParser parser, ImportErrors errors)
    {
        var columns = ActivityColumns.For(kind);
        var fieldToCsvIndex = Enumerable.Repeat(-1, columns.Count).ToArray();
        var expected = string.Join(", ", columns.Select(c => c.Name));
        for (var csvIndex = 0; csvIndex < parser.Count; csvIndex++)
        {
            var name = parser[csvIndex].Trim();
            var field = ActivityColumns.IndexOf(kind, name);
            if (field < 0)
            {
                errors.Add(1, name, $"unknown column '{name}'; {kind.Code()} files have the columns {expected}");
            }
            else if (fieldToCsvIndex[field] >= 0)
            {
                errors.Add(1, name, $"column '{name}' appears twice in the header; keep one");
            }
            else
            {
                fieldToCsvIndex[field] = csvIndex;
            }
        }

        var missing = columns.Where((column, field) => column.Required && fieldToCsvIndex[field] < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            errors.Add(1, null, $"missing required column(s): {string.Join(", ", missing)}; the header of a {kind.Code()} file is: {CsvTemplates.For(kind).Header}");
        }

        return errors.Count == 0 ? fieldToCsvIndex : null;
    }

    /// <summary>
    /// CsvHelper's RawRow is the last physical line of the record just read; the record starts earlier when a quoted
    /// field spans lines. Only then is the raw record inspected, to keep the common case allocation-free.
    /// </summary>
    private static int StartLine(CsvParser parser, int previousRawRow)
    {
        if (parser.RawRow == previousRawRow + 1)
        {
            return parser.RawRow;
        }

        // The newline ending the record is not counted in RawRow, unless it sits inside an unclosed quoted field.
        var raw = parser.RawRecord.AsSpan();
        var newlinesInside = raw.Count('\n');
        if (raw.EndsWith("\n") && QuoteCount(raw) % 2 == 0)
        {
            newlinesInside--;
        }

        return parser.RawRow - newlinesInside;
    }

    private static int QuoteCount(ReadOnlySpan<char> raw) => raw.Count('"');

    /// <summary>The current record's fields, each read from the parser once (CsvHelper makes a new string per read).</summary>
    private sealed class CsvRowFields(CsvParser parser, int[] fieldToCsvIndex) : RowFields
    {
        private readonly string?[] _values = new string?[fieldToCsvIndex.Length];

        public override string? Get(int field) => _values[field];

        /// <summary>Reads the record; true when every field is blank (a spreadsheet's trailing ",,,," line).</summary>
        /// <param name="all">Check every field of the record, not only the mapped ones (its field count differs from the header).</param>
        public bool LoadAndCheckBlank(bool all)
        {
            var blank = true;
            for (var field = 0; field < _values.Length; field++)
            {
                var index = fieldToCsvIndex[field];
                var value = index >= 0 && index < parser.Count ? parser[index] : null;
                _values[field] = value;
                blank &= string.IsNullOrWhiteSpace(value);
            }

            if (all && blank)
            {
                for (var i = 0; i < parser.Count; i++)
                {
                    if (!string.IsNullOrWhiteSpace(parser[i]))
                    {
                        return false;
                    }
                }
            }

            return blank;
        }
    }
}
