using System.Numerics;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Tests.Infrastructure;
using Nethereum.RPC.Eth.DTOs;
using Xunit.Abstractions;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>
/// The treasury conserves money over seeded random sequences of requests, commits, reveals, time, finalizations,
/// DAO resolutions and withdrawals. After every step, from the chain: fees in = auditor payouts + protocol share +
/// refunds + escrow of unsettled requests, and the registry's balance = escrow + credits not yet withdrawn
/// = fees in - withdrawals.
/// </summary>
[Collection(AnvilCollection.Name)]
public sealed class ConservationTests(AnvilFixture chain, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Requesters = ["Alice", "Grace", "Erin", "Frank"];
    private static readonly string[] Auditors = ["Bob", "Carol", "Dave"];
    private static readonly HashSet<string> TimingErrors =
    [
        "RevealNotOpen", "RevealPhaseOver", "CommitPhaseOver", "FinalizeTooEarly", "RequestNotOpen", "AlreadyCommitted",
        "AlreadyRevealed", "NotCommitted", "NothingToWithdraw", "RequestNotFinalizable", "NotEscalated",
    ];

    private readonly AuditTestKit _kit = new(chain);
    private readonly List<BigInteger> _requests = [];
    private readonly Dictionary<(BigInteger, string), AuditorResult> _sealed = [];
    private readonly Dictionary<string, int> _outcomes = [];

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(20251)]
    [InlineData(777)]
    public async Task Fees_in_equal_payouts_plus_protocol_share_plus_refunds_plus_escrow_after_every_step(int seed)
    {
        var random = new Random(seed);
        var month = 0;
        for (var step = 0; step < 45; step++)
        {
            var action = random.Next(100);
            if (action < 22 || _requests.Count == 0)
            {
                if (random.Next(4) == 0)
                {
                    await _kit.SetPanelSizeAsync((byte)random.Next(1, 4));
                }

                var start = new DateOnly(2024, 1, 1).AddMonths(month++);
                var created = await _kit.RequestAsync(Requesters[random.Next(Requesters.Length)], $"subject {random.Next(3)}", ChainDays.FromDate(start), ChainDays.FromDate(start.AddMonths(1).AddDays(-1)));
                _requests.Add(created.RequestId);
            }
            else if (action < 45)
            {
                await CommitSomeAsync(random);
            }
            else if (action < 65)
            {
                await RevealSomeAsync(random);
            }
            else if (action < 72)
            {
                await chain.IncreaseTimeAsync(random.Next(1, 3) * 24 * 3600);
            }
            else if (action < 88)
            {
                await TryAsync(() => FinalizeAnyAsync(random));
            }
            else if (action < 92)
            {
                await ResolveAnyEscalatedAsync(random);
            }
            else
            {
                await WithdrawSomeAsync(random);
            }

            await AssertConservedAsync();
        }

        // Wind down: most auditors still seal and reveal, then every request is settled and everybody paid out.
        for (var round = 0; round < 3; round++)
        {
            await CommitSomeAsync(random);
            await RevealSomeAsync(random);
        }

        await chain.IncreaseTimeAsync((3 * 24 * 3600) + 1);
        await RevealSomeAsync(random);
        await RevealSomeAsync(random);
        await chain.IncreaseTimeAsync(2 * 24 * 3600);
        foreach (var requestId in _requests)
        {
            await TryAsync(() => FinalizeAsync(requestId));
            await AssertConservedAsync();
        }

        for (var escalated = 0; escalated < _requests.Count; escalated++)
        {
            await ResolveAnyEscalatedAsync(random);
        }

        foreach (var requestId in _requests)
        {
            await TryAsync(() => FinalizeAsync(requestId));
        }

        await WithdrawSomeAsync(random);

        await AssertConservedAsync();
        output.WriteLine($"seed {seed}: {_requests.Count} requests, outcomes {string.Join(", ", _outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        Assert.True(_outcomes.Count >= 2, "the random sequence should reach several kinds of outcome");
    }

    private async Task CommitSomeAsync(Random random)
    {
        foreach (var requestId in _requests.Where(_ => random.Next(2) == 0).ToList())
        {
            await CommitSomeAsync(random, requestId);
        }
    }

    private async Task CommitSomeAsync(Random random, BigInteger requestId)
    {
        foreach (var ballot in await _kit.Service.GetBallotsAsync(requestId))
        {
            if (ballot.State != (byte)BallotState.Drawn || random.Next(8) == 0)
            {
                continue;
            }

            var auditor = NameOf(ballot.Auditor);
            var result = random.Next(6) == 0
                ? AuditorResult.Decline(DeclineReason.InsufficientEvidence)
                : AuditorResult.IssueGrams(1_000_000 + random.Next(0, 3) * random.Next(0, 700_000), FactorSet);
            await TryAsync(async () =>
            {
                await _kit.Service.CommitAsync(await _kit.Service.SignCommitAsync(requestId, result, Key(auditor), TimeSpan.FromDays(30)));
                _sealed[(requestId, auditor)] = result;
            });
        }
    }

    private async Task RevealSomeAsync(Random random)
    {
        foreach (var requestId in _sealed.Keys.Select(k => k.Item1).Distinct().Where(_ => random.Next(3) != 0).ToList())
        {
            foreach (var ballot in await _kit.Service.GetBallotsAsync(requestId))
            {
                var auditor = NameOf(ballot.Auditor);
                if (ballot.State == (byte)BallotState.Committed && random.Next(8) != 0)
                {
                    await TryAsync(() => _kit.Service.RevealDirectAsync(_kit.Sender(auditor), requestId, _sealed[(requestId, auditor)]));
                }
            }
        }
    }

    private async Task FinalizeAnyAsync(Random random)
    {
        foreach (var requestId in _requests.Where(_ => random.Next(2) == 0))
        {
            await TryAsync(() => FinalizeAsync(requestId));
        }
    }

    private async Task FinalizeAsync(BigInteger requestId)
    {
        var finalized = await _kit.Service.FinalizeAsync(requestId);
        _outcomes[finalized.Status.ToString()] = _outcomes.GetValueOrDefault(finalized.Status.ToString()) + 1;
    }

    private async Task ResolveAnyEscalatedAsync(Random random)
    {
        foreach (var requestId in _requests)
        {
            if ((await _kit.Service.GetRequestAsync(requestId)).Status != (byte)AuditStatus.Escalated)
            {
                continue;
            }

            var issue = random.Next(2) == 0;
            await _kit.AsTimelockAsync(_kit.Registry, new ResolveEscalatedFunction { RequestId = requestId, Issue = issue, Grams = issue ? 1_234_000 : 0, ReasonCode = issue ? (ushort)0 : (ushort)DeclineReason.InconsistentActivityData });
            _outcomes["Resolved"] = _outcomes.GetValueOrDefault("Resolved") + 1;
            return;
        }
    }

    private async Task WithdrawSomeAsync(Random random)
    {
        foreach (var auditor in Auditors.Where(_ => random.Next(2) == 0))
        {
            await TryAsync(() => _kit.Service.WithdrawAsync(_kit.Sender(auditor)));
        }

        foreach (var payee in Requesters.Select(r => Account(r).Address).Append(_kit.Timelock))
        {
            await TryAsync(() => _kit.Service.Relayer.WithdrawForAsync(payee, chain.Addresses.FeeToken!));
        }
    }

    private static async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (ContractRevertedException timing) when (TimingErrors.Contains(timing.ErrorName))
        {
        }
    }

    private Task<List<Nethereum.Contracts.EventLog<TEvent>>> AllEventsAsync<TEvent>(string contract)
        where TEvent : Nethereum.ABI.FunctionEncoding.Attributes.IEventDTO, new()
    {
        var handler = chain.Reader.Eth.GetEvent<TEvent>(contract);
        return handler.GetAllChangesAsync(handler.CreateFilterInput(BlockParameter.CreateEarliest(), BlockParameter.CreateLatest()));
    }

    private async Task AssertConservedAsync()
    {
        var registry = chain.Addresses.AuditRegistry!;
        var created = await AllEventsAsync<RequestCreatedEventDTO>(registry);
        var credited = await AllEventsAsync<PaymentCreditedEventDTO>(registry);
        var withdrawn = await AllEventsAsync<WithdrawnEventDTO>(registry);

        var feesIn = created.Aggregate(BigInteger.Zero, (sum, e) => sum + e.Event.Fee);
        var requesters = created.ToDictionary(e => e.Event.RequestId, e => e.Event.Requester.ToLowerInvariant());
        BigInteger payouts = 0, protocolShare = 0, refunds = 0;
        foreach (var credit in credited.Select(c => c.Event))
        {
            if (string.Equals(credit.Payee, _kit.Timelock, StringComparison.OrdinalIgnoreCase))
            {
                protocolShare += credit.Amount;
            }
            else if (credit.Payee.ToLowerInvariant() == requesters[credit.RequestId])
            {
                refunds += credit.Amount;
            }
            else
            {
                payouts += credit.Amount;
            }
        }

        BigInteger escrow = 0;
        foreach (var requestId in _requests)
        {
            var request = await _kit.Service.GetRequestAsync(requestId);
            if (request.Status is (byte)AuditStatus.Open or (byte)AuditStatus.Escalated)
            {
                escrow += request.Fee;
            }
        }

        BigInteger outstanding = 0;
        foreach (var payee in Requesters.Concat(Auditors).Select(n => Account(n).Address).Append(_kit.Timelock))
        {
            outstanding += await _kit.CreditAsync(payee);
        }

        var balance = await _kit.FeeTokenBalanceAsync(registry);
        var totalWithdrawn = withdrawn.Aggregate(BigInteger.Zero, (sum, e) => sum + e.Event.Amount);
        Assert.Equal(feesIn, payouts + protocolShare + refunds + escrow);
        Assert.Equal(balance, escrow + outstanding);
        Assert.Equal(balance, feesIn - totalWithdrawn);
    }
}
