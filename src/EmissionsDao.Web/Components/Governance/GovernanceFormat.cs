using System.Globalization;
using System.Numerics;
using EmissionsDao.Chain.Governance;
using MudBlazor;
using Nethereum.Util;

namespace EmissionsDao.Web.Components.Governance;

public static class GovernanceFormat
{
    public static decimal Edao(BigInteger amount) => UnitConversion.Convert.FromWei(amount);

    public static string Votes(BigInteger amount) => Edao(amount).ToString("#,0.##", CultureInfo.InvariantCulture);

    public static double Percent(BigInteger part, BigInteger whole) => whole.IsZero ? 0 : (double)(part * 10_000 / whole) / 100;

    public static string Title(ProposalSummary proposal) => proposal.Description.Split('\n', 2)[0].TrimStart('#', ' ');

    public static Color StateColor(ProposalState state) => state switch
    {
        ProposalState.Pending => Color.Default,
        ProposalState.Active => Color.Info,
        ProposalState.Succeeded => Color.Success,
        ProposalState.Queued => Color.Warning,
        ProposalState.Executed => Color.Primary,
        ProposalState.Defeated or ProposalState.Canceled or ProposalState.Expired => Color.Error,
        _ => Color.Default,
    };

    /// <summary>What happens next and when, against the chain's clock (the dev chain's time can be moved).</summary>
    public static string NextTransition(ProposalSummary proposal, DateTimeOffset chainNow) => proposal.State switch
    {
        ProposalState.Pending => $"Voting opens {Countdown(proposal.VoteStart, chainNow)}",
        ProposalState.Active => $"Voting closes {Countdown(proposal.VoteEnd, chainNow)}",
        ProposalState.Succeeded => "Ready to queue",
        ProposalState.Queued when proposal.Eta is { } eta => eta > chainNow.ToUnixTimeSeconds() ? $"Executable {Countdown(eta, chainNow)}" : "Ready to execute",
        ProposalState.Executed => "Executed",
        var state => state.ToString(),
    };

    public static string Countdown(long timestamp, DateTimeOffset now)
    {
        var delta = DateTimeOffset.FromUnixTimeSeconds(timestamp) - now;
        if (delta <= TimeSpan.Zero)
        {
            return "now";
        }

        return delta.TotalDays >= 1 ? $"in {(int)delta.TotalDays} d {delta.Hours} h"
            : delta.TotalHours >= 1 ? $"in {(int)delta.TotalHours} h {delta.Minutes} min"
            : delta.TotalMinutes >= 1 ? $"in {(int)delta.TotalMinutes} min {delta.Seconds} s"
            : $"in {delta.Seconds} s";
    }

    public static string Time(long timestamp) => DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
