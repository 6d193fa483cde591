using System.Globalization;
using System.Text;
using EmissionsDao.Core.Activities;
using Microsoft.Extensions.Options;
using nietras.SeparatedValues;

namespace EmissionsDao.Core.Import;

/// <summary>
/// Reads one activity kind from CSV (UTF-8, comma-separated, header row; see <see cref="CsvTemplates"/>) with Sep's
/// span-based reader, reading fields by position without making a string per field. Any bad row fails the whole file
/// with every problem listed by line and column. Blank lines, and lines whose fields are all empty (spreadsheet
/// exports), are skipped.
/// </summary>
public sealed class ActivityCsvImporter(ActivityValidator validator, IOptions<ImportOptions> options)
{
    /// <summary>
    /// Comma only (no separator detection); no header handling (the header is checked here, with messages); rows may
    /// have any field count (reported per row); quotes are split on but left in place, so that they can be checked.
    /// </summary>
    private static readonly SepReaderOptions ReaderOptions = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        DisableColCountCheck = true,
        CultureInfo = CultureInfo.InvariantCulture,
    });

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

        using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Import(kind, () => ReaderOptions.From(text), bytes.AsSpan().Count((byte)'\n'), linesRead);
    }

    public ImportResult Import(ActivityKind kind, string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        if (csv.Length > _options.MaxFileBytes || Encoding.UTF8.GetByteCount(csv) > _options.MaxFileBytes)
        {
            return new ImportResult.Failed([ImportSession.TooLarge(_options.MaxFileBytes)]);
        }

        return Import(kind, () => ReaderOptions.FromText(csv), csv.AsSpan().Count('\n'), linesRead: null);
    }

    /// <param name="open">Opens the reader (Sep reads the first records at once).</param>
    /// <param name="lineBreaks">The number of '\n' in the file: at most one data row per line, so the row collections are sized once.</param>
    private ImportResult Import(ActivityKind kind, Func<SepReader> open, int lineBreaks, IProgress<int>? linesRead)
    {
        var session = new ImportSession(validator, _options, expectedRows: lineBreaks);
        var position = new CsvPosition();
        try
        {
            using var reader = open();

            // Empty lines before the header are skipped, as they are everywhere else.
            var hasHeader = reader.MoveNext();
            while (hasHeader && reader.Current.Span.IsEmpty)
            {
                position.NextLine = reader.Current.LineNumberToExcl;
                hasHeader = reader.MoveNext();
            }

            if (!hasHeader)
            {
                return new ImportResult.Failed([new ImportError(null, null, $"the file is empty; the first line must be the header: {CsvTemplates.For(kind).Header}")]);
            }

            var header = reader.Current;
            var fieldToCsvIndex = ReadHeader(kind, header, position.NextLine, session.Errors);
            if (fieldToCsvIndex is null)
            {
                return session.Errors.ToResult();
            }

            position.NextLine = header.LineNumberToExcl;
            new CsvRecords(kind, session, fieldToCsvIndex, header.ColCount, position, linesRead).Read(reader, lineOffset: 0);
        }
        catch (NotSupportedException)
        {
            // Sep refuses a record longer than it can buffer (16 Mi characters): only a file over that size (the limit
            // allows 10 MB by default) with an unclosed quote gets here; well-formed lines end long before.
            session.Errors.Add(position.NextLine, null, MalformedMessage(CsvQuoting.Unclosed));
        }

        return session.Finish();
    }

    private static string MalformedMessage(CsvQuoting quoting) => quoting == CsvQuoting.Unclosed
        ? "malformed CSV: a double-quoted field is never closed; add the closing double quote (a quote inside a quoted field is written twice: \"\")"
        : "malformed CSV: a double quote is misplaced; a field containing commas, quotes or line breaks must be enclosed in double quotes, with each quote inside it doubled (\"\")";

    /// <returns>For each field of the kind, its position in the file, or -1; null when the header has errors.</returns>
    private static int[]? ReadHeader(ActivityKind kind, SepReader.Row header, int line, ImportErrors errors)
    {
        var columns = ActivityColumns.For(kind);
        var fieldToCsvIndex = new int[columns.Count];
        Array.Fill(fieldToCsvIndex, -1);
        var expected = string.Join(", ", columns.Select(c => c.Name));
        for (var csvIndex = 0; csvIndex < header.ColCount; csvIndex++)
        {
            var raw = header[csvIndex].Span;
            var quoting = CsvField.Check(raw);
            if (quoting is CsvQuoting.Unclosed or CsvQuoting.Misplaced)
            {
                errors.Add(line, null, MalformedMessage(quoting));
                return null;
            }

            var name = (quoting == CsvQuoting.Quoted ? CsvField.Unquote(raw) : raw.ToString()).Trim();
            var field = ActivityColumns.IndexOf(kind, name);
            if (field < 0)
            {
                errors.Add(line, name, $"unknown column '{name}'; {kind.Code()} files have the columns {expected}");
            }
            else if (fieldToCsvIndex[field] >= 0)
            {
                errors.Add(line, name, $"column '{name}' appears twice in the header; keep one");
            }
            else
            {
                fieldToCsvIndex[field] = csvIndex;
            }
        }

        var missing = columns.Where((column, field) => column.Required && fieldToCsvIndex[field] < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            errors.Add(line, null, $"missing required column(s): {string.Join(", ", missing)}; the header of a {kind.Code()} file is: {CsvTemplates.For(kind).Header}");
        }

        return errors.Count == 0 ? fieldToCsvIndex : null;
    }

    /// <summary>Where the next record starts: records follow each other (a blank line is a record too).</summary>
    private sealed class CsvPosition
    {
        public int NextLine { get; set; } = 1;
    }

    /// <summary>Reads the data records of one file, after its header, into the import session.</summary>
    private sealed class CsvRecords(ActivityKind kind, ImportSession session, int[] fieldToCsvIndex, int headerCount, CsvPosition position, IProgress<int>? linesRead)
    {
        /// <param name="reader">Positioned before its first data record, which starts on <see cref="CsvPosition.NextLine"/>.</param>
        /// <param name="lineOffset">The line of the file before the reader's first line.</param>
        /// <returns>False when the import must stop (more rows than allowed).</returns>
        public bool Read(SepReader reader, int lineOffset)
        {
            var fields = new CsvRowFields(reader, fieldToCsvIndex);
            while (!session.ShouldStop && reader.MoveNext())
            {
                var row = reader.Current;
                var line = position.NextLine;
                var end = lineOffset + row.LineNumberToExcl;
                if (linesRead is not null && line % ProgressInterval == 0)
                {
                    linesRead.Report(line);
                }

                var fieldCountMatches = row.ColCount == headerCount;

                var blank = fields.LoadAndCheckBlank(all: !fieldCountMatches, out var malformed);
                if (malformed is { } problem)
                {
                    session.Errors.Add(line, null, MalformedMessage(problem));
                    if (LinesAfterStrayQuote(row.Span) is { } rest)
                    {
                        using var restReader = ReaderOptions.FromText(rest);
                        position.NextLine = line + 1;
                        if (!Read(restReader, lineOffset: line))
                        {
                            return false;
                        }
                    }

                    position.NextLine = end;
                    continue;
                }

                position.NextLine = end;
                if (blank)
                {
                    continue;
                }

                if (!session.CountRow(line))
                {
                    return false;
                }

                if (!fieldCountMatches)
                {
                    session.Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
                        $"expected {headerCount} fields like the header, found {row.ColCount}; check for missing or extra commas (a field containing a comma must be in double quotes)"));
                    continue;
                }

                session.Accept(kind, fields, line);
            }

            return true;
        }

        /// <summary>
        /// A double quote inside a field (<c>12"</c>) opens a quoted section for Sep, which then reads on to the next
        /// quote, lines later. That quote is the mistake reported; the lines it swallowed are returned to be read
        /// again as records of their own, so that their problems are reported too. Null when nothing was swallowed.
        /// </summary>
        private static string? LinesAfterStrayQuote(ReadOnlySpan<char> record)
        {
            var firstQuote = record.IndexOf('"');
            var lineEnd = record.IndexOfAny('\r', '\n');
            if (firstQuote <= 0 || record[firstQuote - 1] == ',' || lineEnd < 0 || lineEnd < firstQuote)
            {
                return null; // no quote, or a quoted field (which may span lines), or all on one line
            }

            var nextLineStart = lineEnd + (record[lineEnd..].StartsWith("\r\n") ? 2 : 1);
            return nextLineStart < record.Length ? record[nextLineStart..].ToString() : null;
        }
    }

    /// <summary>
    /// The current record's fields as spans into Sep's buffer. Only a record containing a double quote costs more:
    /// its fields are checked, and the quoted ones unquoted into strings.
    /// </summary>
    private sealed class CsvRowFields(SepReader reader, int[] fieldToCsvIndex) : RowFields
    {
        private readonly string?[] _unquoted = new string?[fieldToCsvIndex.Length];
        private bool _hasUnquoted;
        private int _count;

        public override ReadOnlySpan<char> Get(int field)
        {
            if (_hasUnquoted && _unquoted[field] is { } unquoted)
            {
                return unquoted;
            }

            var index = fieldToCsvIndex[field];
            return index >= 0 && index < _count ? reader.Current[index].Span : default;
        }

        /// <summary>Reads the record; true when every field is blank (a spreadsheet's trailing ",,,," line).</summary>
        /// <param name="all">Check every field of the record, not only the mapped ones (its field count differs from the header).</param>
        /// <param name="malformed">What is wrong with the first badly quoted field read, if any.</param>
        public bool LoadAndCheckBlank(bool all, out CsvQuoting? malformed)
        {
            var row = reader.Current;
            _count = row.ColCount;
            malformed = null;
            if (_hasUnquoted)
            {
                Array.Clear(_unquoted);
                _hasUnquoted = false;
            }

            var hasQuotes = row.Span.Contains('"');
            var blank = true;
            for (var field = 0; field < _unquoted.Length; field++)
            {
                var value = Get(field);
                if (hasQuotes && Unquote(value, ref malformed) is { } unquoted)
                {
                    _unquoted[field] = unquoted;
                    _hasUnquoted = true;
                    value = unquoted;
                }

                blank &= value.IsWhiteSpace();
            }

            if (all && blank)
            {
                for (var i = 0; i < _count; i++)
                {
                    var value = row[i].Span;
                    if (hasQuotes && Unquote(value, ref malformed) is { } unquoted)
                    {
                        value = unquoted;
                    }

                    if (!value.IsWhiteSpace())
                    {
                        return false;
                    }
                }
            }

            return blank;
        }

        /// <returns>The text of a correctly quoted field; null for an unquoted or a malformed one (which sets <paramref name="malformed"/> if it is the first).</returns>
        private static string? Unquote(ReadOnlySpan<char> raw, ref CsvQuoting? malformed)
        {
            var quoting = CsvField.Check(raw);
            if (quoting == CsvQuoting.Quoted)
            {
                return CsvField.Unquote(raw);
            }

            if (quoting != CsvQuoting.Unquoted)
            {
                malformed ??= quoting;
            }

            return null;
        }
    }
}
