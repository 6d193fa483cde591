using System.Numerics;
using EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition;
using EmissionsDao.Chain.Deployment;
using Nethereum.RPC.Eth.DTOs;

namespace EmissionsDao.Chain.Audits;

/// <summary>
/// The portal's relayer: submits messages that requesters and auditors signed (so they need no gas), and the
/// permissionless calls (finalize, paying out a credit to its owner). Sending goes through
/// <see cref="ContractTransactionSender"/>: gas estimated, receipt awaited with a timeout, status checked, custom
/// errors turned into plain English.
/// </summary>
public sealed class AuditRelayer(ContractTransactionSender sender, ContractAddresses addresses)
{
    public string Address => sender.Address;

    /// <summary>Submits a signed request; <paramref name="predecessorHint"/> is the subject's record ending last before the period (0 if none), which the registry checks so that an already recorded period is refused up front.</summary>
    public Task<TransactionReceipt> SubmitAuditRequestAsync(SignedAuditRequest signed, BigInteger predecessorHint, CancellationToken cancellationToken = default) =>
        sender.SendAsync(Registry, new RequestAuditFunction { Request = signed.Request, Signature = signed.Signature, Permit = signed.Permit, PredecessorHint = predecessorHint }, cancellationToken);

    public Task<TransactionReceipt> SubmitCommitAsync(SignedCommit signed, CancellationToken cancellationToken = default) =>
        sender.SendAsync(Registry, new CommitBySigFunction { Message = signed.Message, Signature = signed.Signature }, cancellationToken);

    public Task<TransactionReceipt> SubmitRevealAsync(SignedReveal signed, CancellationToken cancellationToken = default) =>
        sender.SendAsync(Registry, new RevealBySigFunction { Message = signed.Message, Signature = signed.Signature }, cancellationToken);

    public Task<TransactionReceipt> FinalizeAsync(BigInteger requestId, BigInteger predecessorHint, CancellationToken cancellationToken = default) =>
        sender.SendAsync(Registry, new FinalizeFunction { RequestId = requestId, PredecessorHint = predecessorHint }, cancellationToken);

    /// <summary>Pays <paramref name="payee"/>'s credit in <paramref name="token"/> out to <paramref name="payee"/> (e.g. a refund to a requester without gas).</summary>
    public Task<TransactionReceipt> WithdrawForAsync(string payee, string token, CancellationToken cancellationToken = default) =>
        sender.SendAsync(Registry, new WithdrawForFunction { Payee = payee, Token = token }, cancellationToken);

    private string Registry => addresses.AuditRegistry ?? throw new InvalidOperationException("The AuditRegistry address is not configured");
}
