namespace EmissionsDao.Core.Data.ChainIndex;

/// <summary>Days of a subject that no record covers, between two consecutive records (inclusive).</summary>
public sealed record TimelineGap(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// A subject's records in time order with the gaps between them. Records of a subject never overlap (the contract
/// refuses it), so consecutive records either touch or leave a gap.
/// </summary>
public sealed record SubjectTimeline(string SubjectKey, IReadOnlyList<IndexedEmissionsRecord> Records, IReadOnlyList<TimelineGap> Gaps)
{
    public long TotalGrams => Records.Sum(r => r.Grams);

    public DateOnly? Start => Records.Count == 0 ? null : Records[0].StartDate;

    public DateOnly? End => Records.Count == 0 ? null : Records[^1].EndDate;

    public static SubjectTimeline Of(string subjectKey, IEnumerable<IndexedEmissionsRecord> records)
    {
        var ordered = records.OrderBy(r => r.StartDate.DayNumber).ToList();
        var gaps = new List<TimelineGap>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previousEnd = ordered[i - 1].EndDate;
            if (ordered[i].StartDate.DayNumber > previousEnd.DayNumber + 1)
            {
                gaps.Add(new TimelineGap(previousEnd.AddDays(1), ordered[i].StartDate.AddDays(-1)));
            }
        }

        return new SubjectTimeline(subjectKey, ordered, gaps);
    }
}
