namespace EmissionsDao.Core.Import;

/// <summary>The raw text of one row's fields by position in <see cref="ActivityColumns.For"/>; empty or blank means absent.</summary>
internal abstract class RowFields
{
    /// <summary>The field's text (empty when absent), valid until the next row is read: parse it, or copy what is kept.</summary>
    public abstract ReadOnlySpan<char> Get(int field);

    /// <summary>The line a field was written on, when it differs from the row's (JSON objects span lines).</summary>
    public virtual int? LineOf(int field) => null;
}

/// <summary>Collects errors up to a limit; past it the importer stops reading.</summary>
internal sealed class ImportErrors(int maxErrors)
{
    private readonly List<ImportError> _errors = [];

    public int Count => _errors.Count;

    public bool LimitReached => _errors.Count >= maxErrors;

    public void Add(int? line, string? column, string message)
    {
        if (_errors.Count < maxErrors)
        {
            _errors.Add(new ImportError(line, column, message));
        }
    }

    public ImportResult.Failed ToResult()
    {
        if (LimitReached)
        {
            return new ImportResult.Failed([.. _errors, new ImportError(null, null,
                $"stopped after {_errors.Count} errors; fix these and upload the file again")]);
        }

        return new ImportResult.Failed(_errors);
    }
}
