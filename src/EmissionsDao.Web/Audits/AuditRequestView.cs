using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Core.Requests;

namespace EmissionsDao.Web.Audits;

/// <summary>Who the signed-in account is for a request: only the requester and the drawn auditors may read it.</summary>
public enum RequestRole
{
    None,
    Requester,
    Auditor,
}

/// <summary>The steps of a request's timeline, in order.</summary>
public enum AuditStep
{
    Requested,
    PanelDrawn,
    InfoRequested,
    Committed,
    Revealed,
    Issued,
    Declined,
    Escalated,
    Refunded,
}

/// <summary>A request as its pages show it: what the portal stored and what the chain says now.</summary>
public sealed record AuditRequestView(
    PortalAuditRequest Stored,
    BigInteger ChainRequestId,
    Request Chain,
    IReadOnlyList<Ballot> Ballots,
    IReadOnlyList<RequestMessage> Messages,
    long ChainNow)
{
    public AuditStatus Status => (AuditStatus)Chain.Status;

    public int PanelSize => Ballots.Count;

    public int Committed => Ballots.Count(b => (BallotState)b.State >= BallotState.Committed);

    public int Revealed => Ballots.Count(b => (BallotState)b.State == BallotState.Revealed);

    public bool IsOnPanel(string? address) => address is not null && Ballots.Any(b => string.Equals(b.Auditor, address, StringComparison.OrdinalIgnoreCase));

    public RequestRole RoleOf(string? address) =>
        address is null ? RequestRole.None
        : string.Equals(Chain.Requester, address, StringComparison.OrdinalIgnoreCase) ? RequestRole.Requester
        : IsOnPanel(address) ? RequestRole.Auditor
        : RequestRole.None;

    /// <summary>An auditor's question has no answer from the requester yet.</summary>
    public bool InfoRequested
    {
        get
        {
            var lastFromAuditor = Messages.LastOrDefault(m => IsOnPanel(m.AuthorAddress));
            return lastFromAuditor is not null && Status == AuditStatus.Open
                && !Messages.Any(m => m.Id > lastFromAuditor.Id && string.Equals(m.AuthorAddress, Chain.Requester, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Everything (reveal phase over, or all revealed) that finalize needs, in chain time.</summary>
    public string? WhyNotFinalizable()
    {
        if (Status != AuditStatus.Open)
        {
            return $"The request is {Status}: there is nothing left to finalize.";
        }

        var allRevealed = Revealed == PanelSize;
        var commitOver = ChainNow > Chain.CommitDeadline;
        var revealOver = ChainNow > Chain.RevealDeadline;
        var committedAllRevealed = commitOver && Ballots.Where(b => (BallotState)b.State >= BallotState.Committed).All(b => (BallotState)b.State == BallotState.Revealed);
        return allRevealed || revealOver || committedAllRevealed
            ? null
            : $"Finalize opens when every drawn auditor has revealed ({Revealed} of {PanelSize} so far) or after the reveal deadline ({AuditFormat.Time(Chain.RevealDeadline)}).";
    }

    /// <summary>The steps reached so far, with the current one last.</summary>
    public IReadOnlyList<AuditStep> StepsReached()
    {
        var steps = new List<AuditStep> { AuditStep.Requested, AuditStep.PanelDrawn };
        if (InfoRequested)
        {
            steps.Add(AuditStep.InfoRequested);
        }

        if (Committed > 0)
        {
            steps.Add(AuditStep.Committed);
        }

        if (Revealed > 0)
        {
            steps.Add(AuditStep.Revealed);
        }

        switch (Status)
        {
            case AuditStatus.Issued or AuditStatus.AwaitingRecord:
                steps.Add(AuditStep.Issued);
                break;
            case AuditStatus.Declined:
                steps.Add(AuditStep.Declined);
                break;
            case AuditStatus.Escalated:
                steps.Add(AuditStep.Escalated);
                break;
            case AuditStatus.Refunded:
                steps.Add(AuditStep.Refunded);
                break;
        }

        return steps;
    }
}
