using Microsoft.Extensions.Options;

namespace EmissionsDao.Chain.Identity;

/// <summary>Bound from the "SignIn" section: lifetimes of sign-in nonces and messages.</summary>
public sealed class SiweOptions
{
    public const string SectionName = "SignIn";

    /// <summary>The one line the wallet shows above the details.</summary>
    public string Statement { get; set; } = "Sign in to EmissionsDao.";

    /// <summary>How long an issued nonce can be used; an unused nonce is forgotten after that.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Expiration Time of the messages the portal builds, counted from Issued At.</summary>
    public TimeSpan MessageLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far a wallet's clock may run ahead of the portal's (Issued At, Not Before).</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Outstanding nonces kept at most; beyond it the portal refuses new ones until old ones expire.</summary>
    public int MaxOutstandingNonces { get; set; } = 100_000;
}

internal sealed class SiweOptionsValidator : IValidateOptions<SiweOptions>
{
    public ValidateOptionsResult Validate(string? name, SiweOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Statement) || options.Statement.Contains('\n'))
        {
            failures.Add("SignIn:Statement must be one non-empty line");
        }

        if (options.NonceLifetime <= TimeSpan.Zero)
        {
            failures.Add("SignIn:NonceLifetime must be positive (e.g. 00:10:00)");
        }

        if (options.MessageLifetime <= TimeSpan.Zero || options.MessageLifetime > options.NonceLifetime)
        {
            failures.Add("SignIn:MessageLifetime must be positive and no longer than SignIn:NonceLifetime");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("SignIn:ClockSkew must be between 00:00:00 and 00:10:00");
        }

        if (options.MaxOutstandingNonces <= 0)
        {
            failures.Add("SignIn:MaxOutstandingNonces must be positive");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
