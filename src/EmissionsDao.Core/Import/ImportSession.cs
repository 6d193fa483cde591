using System.Globalization;
using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Import;

/// <summary>State of one file being imported: accepted rows, duplicates seen, limits, errors.</summary>
internal sealed class ImportSession
{
    private readonly List<ImportedActivity> _rows;
    private readonly HashSet<int> _distinctRows;
    private readonly ImportOptions _options;
    private int _dataRows;

    /// <param name="expectedRows">A guess at the row count (at least the real one, ideally), to size the collections once instead of growing them.</param>
    public ImportSession(ActivityValidator validator, ImportOptions options, int expectedRows)
    {
        _options = options;
        var capacity = Math.Max(0, Math.Min(expectedRows, options.MaxRows));
        _rows = new List<ImportedActivity>(capacity);
        _distinctRows = new HashSet<int>(capacity, new SameActivity(_rows));
        Errors = new ImportErrors(options.MaxErrors);
        Parser = new ActivityRowParser(validator, validator.Today, Errors);
    }

    public ImportErrors Errors { get; }

    public ActivityRowParser Parser { get; }

    public bool ShouldStop => Errors.LimitReached;

    /// <summary>Counts a data row; false (with an error) once the file has more rows than allowed.</summary>
    public bool CountRow(int line)
    {
        if (++_dataRows <= _options.MaxRows)
        {
            return true;
        }

        Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
            $"the file has more than {_options.MaxRows:N0} rows; split it into files of at most {_options.MaxRows:N0} rows"));
        return false;
    }

    public void Accept(ActivityKind kind, RowFields fields, int line)
    {
        var activity = Parser.Parse(kind, fields, line);
        if (activity is null)
        {
            return;
        }

        _rows.Add(new ImportedActivity(line, activity));
        var row = _rows.Count - 1;
        if (!_distinctRows.Add(row))
        {
            _distinctRows.TryGetValue(row, out var first);
            _rows.RemoveAt(row);
            Errors.Add(line, null, string.Create(CultureInfo.InvariantCulture,
                $"exact duplicate of line {_rows[first].Line}; remove one, or if both really happened, combine them into one row (e.g. add up the amounts)"));
        }
    }

    public ImportResult Finish()
    {
        if (Errors.Count > 0)
        {
            return Errors.ToResult();
        }

        return _rows.Count == 0
            ? new ImportResult.Failed([new ImportError(null, null, "the file has no data rows; add one row per activity below the header")])
            : new ImportResult.Succeeded(_rows);
    }

    /// <summary>
    /// Rows (by position) are the same when their activities are: records compare by value, so "exact duplicate" means
    /// the same values (2.0 t equals 2 t), not the same text. The set holds positions, not references, which keeps it
    /// out of the garbage collector's way on large files.
    /// </summary>
    private sealed class SameActivity(List<ImportedActivity> rows) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => rows[x].Activity.Equals(rows[y].Activity);

        public int GetHashCode(int row) => rows[row].Activity.GetHashCode();
    }

    public static ImportError TooLarge(long maxBytes) => new(null, null, string.Create(CultureInfo.InvariantCulture,
        $"the file is larger than the limit of {maxBytes / (1024m * 1024m):0.#} MB ({maxBytes:N0} bytes); split it into smaller files"));

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes; null when the stream is longer than the limit.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
