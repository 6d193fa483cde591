namespace EmissionsDao.Chain.Deployment;

/// <summary>Where the portal's contracts live on one chain.</summary>
public sealed class ContractAddresses
{
    public string? GovernanceToken { get; set; }

    public string? Timelock { get; set; }

    public string? Governor { get; set; }

    public string? FeeToken { get; set; }

    public string? AuditorReputation { get; set; }

    public string? EmissionsRecords { get; set; }

    public string? AuditRegistry { get; set; }

    public string? EmissionsTokens { get; set; }

    public string? AuditReviews { get; set; }

    /// <summary>Every contract by name, in deployment order, for validation and the status page.</summary>
    public IEnumerable<(string Contract, string? Address)> All()
    {
        yield return (nameof(GovernanceToken), GovernanceToken);
        yield return (nameof(Timelock), Timelock);
        yield return (nameof(Governor), Governor);
        yield return (nameof(FeeToken), FeeToken);
        yield return (nameof(AuditorReputation), AuditorReputation);
        yield return (nameof(EmissionsRecords), EmissionsRecords);
        yield return (nameof(AuditRegistry), AuditRegistry);
        yield return (nameof(EmissionsTokens), EmissionsTokens);
        yield return (nameof(AuditReviews), AuditReviews);
    }
}
