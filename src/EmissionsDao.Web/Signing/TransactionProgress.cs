namespace EmissionsDao.Web.Signing;

public enum TransactionStage
{
    /// <summary>The portal builds the call and checks, by estimating its gas, that the contract would accept it.</summary>
    Checking,

    /// <summary>The browser wallet shows the transaction; the user confirms or rejects it.</summary>
    AwaitingWallet,

    /// <summary>Sent: the portal follows it until it is mined.</summary>
    Mining,
}

/// <summary>Where a transaction of the signed-in account is, as a page shows it.</summary>
/// <param name="Action">What the transaction does, e.g. "Mint" (the contract function).</param>
/// <param name="Hash">The transaction hash once sent from a wallet.</param>
/// <param name="Waited">How long it has been waiting to be mined.</param>
public sealed record TransactionProgress(TransactionStage Stage, string Action, string? Hash = null, TimeSpan Waited = default)
{
    public string Text => Stage switch
    {
        TransactionStage.Checking => $"{Action}: checking the transaction with the contract…",
        TransactionStage.AwaitingWallet => $"{Action}: confirm the transaction in your wallet…",
        TransactionStage.Mining when Hash is null => $"{Action}: sending the transaction and waiting for it to be mined…",
        _ => $"{Action}: sent, waiting for it to be mined ({Waited.TotalSeconds:0} s)…",
    };

    /// <summary>1 to 3: the step of the three a wallet transaction goes through.</summary>
    public int Step => (int)Stage + 1;
}
