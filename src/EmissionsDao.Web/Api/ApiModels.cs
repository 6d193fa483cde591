using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Data.ChainIndex;

namespace EmissionsDao.Web.Api;

/// <summary>The factor a row used, with its provenance.</summary>
public sealed record EstimateFactor(string SetKey, string SetHash, string Publisher, int Year, string PublisherRowId, string Category, string Licence, decimal KgCo2ePerUnit, string Unit);

/// <summary>One calculated row: the line it came from, kg CO2e and how it was found.</summary>
public sealed record EstimateRow(int Line, string Kind, DateOnly Start, DateOnly End, decimal Quantity, decimal KgCo2e, EstimateFactor? Factor, bool AuditorMustConfirm, string Explanation);

public sealed record EstimateTotal(string Key, decimal KgCo2e);

/// <summary>The estimate of an activity file: rows, totals by kind and month, and the hashes an audit would anchor.</summary>
public sealed record EstimateResponse(
    IReadOnlyList<EstimateRow> Rows,
    decimal TotalKgCo2e,
    long TotalGrams,
    IReadOnlyList<EstimateTotal> ByKind,
    IReadOnlyList<EstimateTotal> ByMonth,
    string ActivityDataHash,
    string FactorLibraryHash,
    string MethodVersion)
{
    public static EstimateResponse From(CalculationResult result, IReadOnlyList<int> lines) => new(
        [.. result.Rows.Select(r => new EstimateRow(
            r.Index < lines.Count ? lines[r.Index] : r.Index + 1,
            r.Activity.Kind.ToString(),
            r.Activity.Period.Start,
            r.Activity.Period.End,
            r.Quantity,
            r.KgCo2e,
            r.Factor is { } f ? new EstimateFactor(f.SetKey, f.SetHash.Hex, f.Factor.Publisher, f.Factor.Year, f.Factor.PublisherRowId, f.Factor.Category, f.Factor.Licence, f.KgCo2ePerUnit, f.Unit) : null,
            r.AuditorMustConfirm,
            r.Explanation))],
        result.TotalKgCo2e,
        result.TotalGrams,
        [.. result.ByKind.Select(k => new EstimateTotal(k.Kind.ToString(), k.KgCo2e))],
        [.. result.ByMonth.Select(m => new EstimateTotal(m.Month.ToString(), m.KgCo2e))],
        result.ActivityDataHash.Hex,
        result.FactorLibraryHash.Hex,
        result.MethodVersion);
}

/// <summary>A row error of a bad activity file: fix it at this line and column.</summary>
public sealed record RowError(int? Line, string? Column, string Message);

/// <summary>An audited emissions record on chain.</summary>
public sealed record RecordResponse(long RecordId, string SubjectKey, string Owner, DateOnly StartDate, DateOnly EndDate, long Grams, long RequestId, long? TokenId, long Block)
{
    public static RecordResponse From(IndexedEmissionsRecord r) => new(r.RecordId, r.SubjectKey, r.Owner, r.StartDate, r.EndDate, r.Grams, r.RequestId, r.TokenId, r.WrittenBlock);
}

public sealed record GapResponse(DateOnly Start, DateOnly End, int Days);

/// <summary>A subject's records in time order, the gaps between them, and the total.</summary>
public sealed record SubjectRecordsResponse(string SubjectKey, IReadOnlyList<RecordResponse> Records, IReadOnlyList<GapResponse> Gaps, long TotalGrams);

public sealed record ProposalTally(string For, string Against, string Abstain, string Quorum, bool QuorumReached);

/// <summary>A governor proposal with its state and tally (votes in the token's smallest unit, as decimal text).</summary>
public sealed record ProposalResponse(string ProposalId, string Description, string Proposer, string State, long VoteStart, long VoteEnd, long? Eta, ProposalTally Tally, IReadOnlyList<string> Actions, int Voters, long CreatedAtBlock);
