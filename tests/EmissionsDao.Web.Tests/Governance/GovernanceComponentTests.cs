using System.Numerics;
using Bunit;
using EmissionsDao.Chain;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Deployment;
using EmissionsDao.Chain.Governance;
using EmissionsDao.Chain.Reviews;
using EmissionsDao.Web.Components.Audits;
using EmissionsDao.Web.Components.Governance;
using EmissionsDao.Web.Components.Reviews;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Ballot = EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition.Ballot;

namespace EmissionsDao.Web.Tests.Governance;

public sealed class GovernanceComponentTests
{
    private static readonly BigInteger Edao = BigInteger.Pow(10, 18);

    private static readonly ContractAddresses Contracts = new()
    {
        GovernanceToken = "0x5FbDB2315678afecb367f032d93F642f64180aa3",
        Timelock = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
        Governor = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
        FeeToken = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
        AuditRegistry = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
        AuditorReputation = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707",
    };

    [Fact]
    public async Task Proposal_results_show_each_share_and_the_quorum_progress()
    {
        await using var context = NewContext();

        var results = context.Render<ProposalResults>(p => p.Add(r => r.Proposal, Proposal(forVotes: 300_000, against: 100_000, abstain: 0)));

        Assert.Equal("300,000 EDAO · 75 %", results.Find("[data-testid=votes-for]").TextContent);
        Assert.Equal("100,000 EDAO · 25 %", results.Find("[data-testid=votes-against]").TextContent);
        Assert.Equal("0 EDAO · 0 %", results.Find("[data-testid=votes-abstain]").TextContent);
        Assert.Contains("300,000 of 400,000 EDAO", results.Find("[data-testid=quorum-text]").TextContent);
        Assert.Contains("75 %", results.Find("[data-testid=quorum-text]").TextContent);
    }

    [Fact]
    public async Task Proposal_results_say_when_the_quorum_is_reached_counting_abstentions()
    {
        await using var context = NewContext();

        var results = context.Render<ProposalResults>(p => p.Add(r => r.Proposal, Proposal(forVotes: 250_000, against: 300_000, abstain: 150_000)));

        Assert.Contains("400,000 of 400,000 EDAO · reached", Collapse(results.Find("[data-testid=quorum-text]").TextContent));
    }

    [Fact]
    public async Task Proposal_template_form_previews_what_the_timelock_will_execute_and_flags_bad_input()
    {
        await using var context = NewContext();
        var form = context.Render<ProposalTemplateForm>();

        Assert.Contains("Auditor '' is not an address", form.Find("[data-testid=template-preview]").TextContent);

        form.Instance.Address = "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f";
        form.Render();
        Assert.Contains("Register as auditor(s): 0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", form.Find("[data-testid=template-preview]").TextContent, StringComparison.OrdinalIgnoreCase);

        form.Render(p => p.Add(f => f.Kind, ProposalTemplateForm.TreasuryKind));
        form.Instance.Amount = 2_500m;
        form.Render();
        Assert.Contains("Pay 2,500 EDAO from the treasury to 0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", form.Find("[data-testid=template-preview]").TextContent, StringComparison.OrdinalIgnoreCase);

        form.Render(p => p.Add(f => f.Kind, ProposalTemplateForm.PanelKind));
        form.Instance.Number = 0;
        form.Render();
        Assert.Contains("The panel size must be between 1 and 15", form.Find("[data-testid=template-problem]").TextContent);
    }

    [Fact]
    public async Task Review_form_shows_each_rating_effect_and_submits_the_stars_in_panel_order()
    {
        await using var context = NewContext();
        IReadOnlyList<int>? submitted = null;
        var audit = new ReviewableAudit(7, AuditStatus.Issued, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", ["0xAuditorA", "0xAuditorB"], 0);
        var form = context.Render<ReviewForm>(p => p
            .Add(f => f.Audit, audit)
            .Add(f => f.Panel, [new ReviewForm.PanelResult("0xAuditorA", "1,000 kg CO2e"), new ReviewForm.PanelResult("0xAuditorB", "3,000 kg CO2e")])
            .Add(f => f.FinalResult, "issued, 1,000 kg CO2e")
            .Add(f => f.RepPerStar, 5m)
            .Add(f => f.OnSubmit, stars => submitted = stars));

        Assert.True(form.Find("[data-testid=submit-review]").HasAttribute("disabled"));

        form.Instance.Stars[0] = 5;
        form.Instance.Stars[1] = 1;
        form.Render();
        Assert.Equal("+10 REP", form.Find("[data-testid=effect-0]").TextContent);
        Assert.Equal("-10 REP", form.Find("[data-testid=effect-1]").TextContent);
        await form.Find("[data-testid=submit-review]").ClickAsync(new());

        Assert.Equal([5, 1], submitted);
    }

    [Fact]
    public async Task An_escalated_request_shows_its_settlement_proposals_and_lets_a_holder_propose_one_prefilled()
    {
        await using var context = NewContext();
        var ballots = new[] { Revealed("0xAuditorA", 90_000), Revealed("0xAuditorB", 150_000), Revealed("0xAuditorC", 400_000) };
        var settlement = Proposal(forVotes: 300_000, against: 0, abstain: 0) with { ProposalId = 77, Description = "Settle escalated audit #12: issue a record of 150 kg CO2e\n\nWhy" };

        var steps = context.Render<EscalationNextSteps>(p => p
            .Add(s => s.RequestId, 12)
            .Add(s => s.Ballots, ballots)
            .Add(s => s.Settlements, [settlement])
            .Add(s => s.CanPropose, true)
            .Add(s => s.ChainNow, DateTimeOffset.FromUnixTimeSeconds(400)));

        Assert.Contains("disperse beyond the DAO's threshold", steps.Find("[data-testid=outcome-escalated]").TextContent);
        Assert.Equal("Revealed: 0xAuditorA 90 kg CO2e; 0xAuditorB 150 kg CO2e; 0xAuditorC 400 kg CO2e", Collapse(steps.Find("[data-testid=revealed-results]").TextContent));
        var item = steps.Find("[data-testid=settlement]");
        Assert.Equal("Active", item.QuerySelector("[data-testid=proposal-state]")!.TextContent);
        Assert.Equal("/governance/proposals/77", steps.Find("[data-testid=settlement-link]").GetAttribute("href"));
        Assert.Equal("Settle escalated audit #12: issue a record of 150 kg CO2e", steps.Find("[data-testid=settlement-link]").TextContent);
        Assert.Empty(steps.FindAll("[data-testid=no-settlement]"));
        Assert.Equal("/governance/new?template=settle&request=12&issue=true&kg=150", steps.Find("[data-testid=propose-settlement]").GetAttribute("href"));
    }

    [Fact]
    public async Task An_escalated_request_without_proposals_says_so_and_a_non_holder_cannot_propose()
    {
        await using var context = NewContext();

        var steps = context.Render<EscalationNextSteps>(p => p
            .Add(s => s.RequestId, 12)
            .Add(s => s.Ballots, [Revealed("0xAuditorA", 90_000)])
            .Add(s => s.CanPropose, false));

        Assert.Equal("No proposal settles this request yet.", steps.Find("[data-testid=no-settlement]").TextContent);
        Assert.Empty(steps.FindAll("[data-testid=propose-settlement]"));
        Assert.Contains("Holders of the governance token", steps.Find("[data-testid=propose-unavailable]").TextContent);
    }

    [Fact]
    public void A_settlement_is_prefilled_with_the_median_total_or_the_most_given_decline_reason()
    {
        Assert.Equal("/governance/new?template=settle&request=5&issue=true&kg=90", EscalationNextSteps.ProposeHref(5, [Revealed("0xA", 90_000), Revealed("0xB", 400_000)]));
        Assert.Equal("/governance/new?template=settle&request=5&issue=false&reason=3", EscalationNextSteps.ProposeHref(5, [Revealed("0xA", 90_000), Declined("0xB", 3), Declined("0xC", 3)]));
    }

    [Fact]
    public async Task The_proposal_form_opens_on_a_prefilled_settlement_with_its_preview()
    {
        await using var context = NewContext();

        var form = context.Render<ProposalTemplateForm>(p => p.Add(f => f.Initial, new SettleEscalatedAudit(12, true, 150m, 0)));

        Assert.Equal(ProposalTemplateForm.SettleKind, form.Instance.Kind);
        Assert.Equal(new SettleEscalatedAudit(12, true, 150m, 0), form.Instance.Template);
        Assert.Contains("Settle escalated audit #12: issue a record of 150 kg CO2e", form.Find("[data-testid=template-preview]").TextContent);
    }

    private static Ballot Revealed(string auditor, long grams) => new() { Auditor = auditor, State = (byte)BallotState.Revealed, Issue = true, Grams = grams };

    private static Ballot Declined(string auditor, ushort reason) => new() { Auditor = auditor, State = (byte)BallotState.Revealed, Issue = false, ReasonCode = reason };

    private static ProposalSummary Proposal(decimal forVotes, decimal against, decimal abstain) => new(
        1, "Register an auditor", "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc", ProposalState.Active, 100, 700, null,
        new BigInteger(forVotes) * Edao, new BigInteger(against) * Edao, new BigInteger(abstain) * Edao, 400_000 * Edao, [], [], 42);

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        var runtime = new ChainRuntime(new ChainConnection("http://127.0.0.1:9", ChainOptions.DevChainId, true, Contracts, "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        context.Services.AddSingleton(runtime);
        context.Services.AddSingleton(new ProposalDescriber(runtime));
        return context;
    }
}
