namespace EmissionsDao.Core.Requests;

/// <summary>
/// An auditor's result as committed on chain, with the salt that seals it, kept by the portal until the reveal.
/// Only that auditor's pages read it; other auditors of the panel cannot (sealing stops copying).
/// </summary>
public sealed class SealedAuditorResult
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    /// <summary>0x + 40 hex digits, lower case.</summary>
    public required string AuditorAddress { get; set; }

    public bool Issue { get; set; }

    /// <summary>The audited total in integer grams CO2e (0 for a decline).</summary>
    public long Grams { get; set; }

    public required byte[] FactorSetHash { get; set; }

    /// <summary>The on-chain reason code of a decline (0 for an issue).</summary>
    public ushort ReasonCode { get; set; }

    /// <summary>The auditor's explanation of a decline, for the requester.</summary>
    public string? ReasonText { get; set; }

    public required byte[] Salt { get; set; }

    public DateTime CommittedUtc { get; set; }

    public DateTime? RevealedUtc { get; set; }
}
