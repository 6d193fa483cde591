using EmissionsDao.Core.Activities;

namespace EmissionsDao.Core.Import;

/// <summary>A validated row and the line it came from (a struct: a 100,000-row file should not cost 100,000 more objects).</summary>
public readonly record struct ImportedActivity(int Line, Activity Activity);

/// <summary>
/// Either every row of the file, validated, or the errors — never both: a file with any bad row yields no rows,
/// and the rows are only reachable through <see cref="Succeeded"/>.
/// </summary>
public abstract record ImportResult
{
    private ImportResult()
    {
    }

    public bool IsSuccess => this is Succeeded;

    public TResult Match<TResult>(Func<IReadOnlyList<ImportedActivity>, TResult> succeeded, Func<IReadOnlyList<ImportError>, TResult> failed) =>
        this switch
        {
            Succeeded s => succeeded(s.Rows),
            Failed f => failed(f.Errors),
            _ => throw new InvalidOperationException("Unknown import result."),
        };

    /// <summary>Only the importers create it, so holding one proves every row passed validation.</summary>
    public sealed record Succeeded : ImportResult
    {
        internal Succeeded(IReadOnlyList<ImportedActivity> rows) => Rows = rows;

        public IReadOnlyList<ImportedActivity> Rows { get; }

        /// <summary>The activities of <see cref="Rows"/>, in order (a view, not a copy).</summary>
        public IReadOnlyList<Activity> Activities => new ActivityView(Rows);
    }

    private sealed class ActivityView(IReadOnlyList<ImportedActivity> rows) : IReadOnlyList<Activity>
    {
        public int Count => rows.Count;

        public Activity this[int index] => rows[index].Activity;

        public IEnumerator<Activity> GetEnumerator()
        {
            for (var i = 0; i < rows.Count; i++)
            {
                yield return rows[i].Activity;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public sealed record Failed(IReadOnlyList<ImportError> Errors) : ImportResult
    {
        public override string ToString() => string.Join(Environment.NewLine, Errors);
    }
}
