using EmissionsDao.Benchmarks.Circuits;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Web.Tests.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace EmissionsDao.Web.Tests.Governance;

/// <summary>
/// The circuit load client (tests/EmissionsDao.Benchmarks, `circuits` command) against a real portal with 2 circuits,
/// so that the manual 100-circuit measurement cannot rot: the protocol, the page's handlers and the filter still work.
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class CircuitLoadClientTests(LivePortal portal)
{
    [Fact]
    public async Task Two_circuits_change_the_proposal_filter_and_every_interaction_is_timed()
    {
        await PortalHost.CreateProposalsAsync(portal.Factory.Services, active: 1, pending: 1);
        using var http = new HttpClient();

        var circuits = await CircuitLoad.OpenAsync(http, portal.BaseAddress, count: 2, parallel: 2, opened: null, CancellationToken.None);
        try
        {
            var result = await CircuitLoad.InteractAsync(circuits, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(50), CancellationToken.None);

            // Each circuit finishes at least the round it started, however slow the machine.
            Assert.Empty(result.FailureSamples);
            Assert.True(result.OpenFilter.Count >= 2, $"{result.OpenFilter.Count} filter openings");
            Assert.Equal(result.OpenFilter.Count, result.ChooseState.Count);
            Assert.All(result.All.Snapshot(), ms => Assert.InRange(ms, 0.01, 60_000));
            Assert.All(circuits, circuit => Assert.Null(circuit.Error));

            // The last interaction really filtered the list: every row shown is in the chosen state.
            var shown = circuits[0].Query(dom => ProposalsPage.Filters.Single(state => ProposalsPage.Shows(dom, state)));
            var chips = circuits[0].Query(dom => dom.Nodes.Where(n => n.Attribute("data-testid") == "proposal-state").Select(n => n.TextContent().Trim()).ToList());
            var expected = await ProposalsListedAsync(shown);
            Assert.Equal(expected, chips.Count);
        }
        finally
        {
            await Task.WhenAll(circuits.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>How many rows the list should show under <paramref name="filter"/>, as the chain has it.</summary>
    private async Task<int> ProposalsListedAsync(string filter)
    {
        var proposals = await portal.Factory.Services.GetRequiredService<ProposalReader>().ListAsync();
        return filter == "All" ? proposals.Count : proposals.Count(p => p.State.ToString() == filter);
    }
}
