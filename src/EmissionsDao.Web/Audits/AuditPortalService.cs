using System.Numerics;
using EmissionsDao.Chain;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Core.Requests;

namespace EmissionsDao.Web.Audits;

/// <summary>Reads a request from the database and the chain together, and answers who may read it.</summary>
public sealed class AuditPortalService(AuditRequestStore store, AuditMessagesToSign messages, ChainRuntime runtime)
{
    /// <summary>The audit contracts on this portal's chain, relayed by the portal's relayer.</summary>
    public AuditChainService Chain
    {
        get
        {
            var chain = runtime.Connection;
            return new AuditChainService(chain.Reader, chain.Addresses, new AuditRelayer(new ContractTransactionSender(chain.Relayer), chain.Addresses));
        }
    }

    /// <summary>The request with chain id <paramref name="chainRequestId"/>, or null when the portal has none.</summary>
    public async Task<AuditRequestView?> ReadAsync(string chainRequestId, CancellationToken cancellationToken = default)
    {
        if (!BigInteger.TryParse(chainRequestId, out var id) || id <= 0)
        {
            return null;
        }

        var stored = await store.FindByChainIdAsync(id.ToString(), cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var chain = Chain;
        var request = await chain.GetRequestAsync(id);
        var ballots = await chain.GetBallotsAsync(id);
        var thread = await store.MessagesAsync(stored.Id, cancellationToken);
        return new AuditRequestView(stored, id, request, ballots, thread, await messages.ChainTimeAsync());
    }

    /// <summary>The signed-in account's role for a request, from the chain (requester and panel), never from the browser.</summary>
    public async Task<(AuditRequestView? View, RequestRole Role)> ReadForAsync(string chainRequestId, string? address, CancellationToken cancellationToken = default)
    {
        var view = await ReadAsync(chainRequestId, cancellationToken);
        return (view, view?.RoleOf(address) ?? RequestRole.None);
    }
}
