using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Nethereum.Util;

namespace EmissionsDao.Chain.Identity;

/// <summary>
/// A Sign-In with Ethereum message (EIP-4361). <see cref="ToMessageText"/> writes exactly the text a wallet shows and
/// signs; <see cref="Parse"/> reads it back strictly, rejecting anything the ABNF of the EIP does not allow.
/// </summary>
public sealed partial record SiweMessage
{
    public const string SupportedVersion = "1";

    private const string HeaderSuffix = " wants you to sign in with your Ethereum account:";
    private const string ResourcesField = "Resources:";
    private const string ResourcePrefix = "- ";

    /// <summary>The RFC 3986 authority (host[:port]) asking for the sign-in.</summary>
    public required string Domain { get; init; }

    /// <summary>Optional URI scheme written before the domain ("https://example.com wants you...").</summary>
    public string? Scheme { get; init; }

    /// <summary>The signer's address, EIP-55 checksummed.</summary>
    public required string Address { get; init; }

    /// <summary>Human-readable assertion the user signs; one line, may be absent.</summary>
    public string? Statement { get; init; }

    /// <summary>The RFC 3986 URI of the resource the sign-in is for (the portal's origin).</summary>
    public required string Uri { get; init; }

    public string Version { get; init; } = SupportedVersion;

    public required long ChainId { get; init; }

    /// <summary>At least 8 alphanumeric characters, issued by the server to prevent replay.</summary>
    public required string Nonce { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? ExpirationTime { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public string? RequestId { get; init; }

    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The EIP-4361 text: LF line ends, no trailing newline, timestamps as RFC 3339 UTC with milliseconds.</summary>
    public string ToMessageText()
    {
        var problem = Validate();
        if (problem is not null)
        {
            throw new SiweMessageFormatException(problem);
        }

        var text = new StringBuilder();
        text.Append(Scheme is null ? Domain : $"{Scheme}://{Domain}").Append(HeaderSuffix).Append('\n');
        text.Append(Address).Append('\n');
        text.Append('\n');
        if (!string.IsNullOrEmpty(Statement))
        {
            text.Append(Statement).Append('\n');
        }

        text.Append('\n');
        text.Append("URI: ").Append(Uri).Append('\n');
        text.Append("Version: ").Append(Version).Append('\n');
        text.Append("Chain ID: ").Append(ChainId.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("Nonce: ").Append(Nonce).Append('\n');
        text.Append("Issued At: ").Append(FormatTimestamp(IssuedAt));
        if (ExpirationTime is { } expiration)
        {
            text.Append("\nExpiration Time: ").Append(FormatTimestamp(expiration));
        }

        if (NotBefore is { } notBefore)
        {
            text.Append("\nNot Before: ").Append(FormatTimestamp(notBefore));
        }

        if (RequestId is not null)
        {
            text.Append("\nRequest ID: ").Append(RequestId);
        }

        if (Resources.Count > 0)
        {
            text.Append('\n').Append(ResourcesField);
            foreach (var resource in Resources)
            {
                text.Append('\n').Append(ResourcePrefix).Append(resource);
            }
        }

        return text.ToString();
    }

    public override string ToString() => ToMessageText();

    /// <summary>Reads an EIP-4361 message; a text that does not follow the format throws with the first problem found.</summary>
    public static SiweMessage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\r'))
        {
            throw new SiweMessageFormatException("lines must end with LF only (the message contains CR)");
        }

        var lines = new LineReader(text.Split('\n'));

        var header = lines.Next("the header line");
        if (!header.EndsWith(HeaderSuffix, StringComparison.Ordinal))
        {
            throw new SiweMessageFormatException($"line 1 must end with \"{HeaderSuffix.TrimStart()}\"");
        }

        var authority = header[..^HeaderSuffix.Length];
        string? scheme = null;
        var schemeEnd = authority.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            scheme = authority[..schemeEnd];
            authority = authority[(schemeEnd + 3)..];
        }

        var address = lines.Next("the address line");
        lines.ExpectBlank("after the address");

        string? statement = null;
        if (lines.Peek() is { Length: > 0 } statementLine && !statementLine.StartsWith("URI: ", StringComparison.Ordinal))
        {
            statement = lines.Next("the statement");
            lines.ExpectBlank("after the statement");
        }
        else
        {
            lines.ExpectBlank("between the address and the URI when there is no statement");
        }

        var uri = lines.Field("URI");
        var version = lines.Field("Version");
        var chainIdText = lines.Field("Chain ID");
        var nonce = lines.Field("Nonce");
        var issuedAtText = lines.Field("Issued At");
        var expirationText = lines.OptionalField("Expiration Time");
        var notBeforeText = lines.OptionalField("Not Before");
        var requestId = lines.OptionalField("Request ID");
        var resources = new List<string>();
        if (lines.Peek() == ResourcesField)
        {
            lines.Next(ResourcesField);
            while (lines.Peek() is { } resourceLine)
            {
                if (!resourceLine.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                {
                    throw new SiweMessageFormatException($"line {lines.LineNumber + 1}: each resource must be written as \"- <uri>\"");
                }

                resources.Add(lines.Next("a resource")[ResourcePrefix.Length..]);
            }
        }

        if (lines.Peek() is { } extra)
        {
            throw new SiweMessageFormatException($"line {lines.LineNumber + 1} is not expected here: \"{Truncate(extra)}\"");
        }

        if (!ChainIdPattern().IsMatch(chainIdText) || !long.TryParse(chainIdText, NumberStyles.None, CultureInfo.InvariantCulture, out var chainId))
        {
            throw new SiweMessageFormatException($"Chain ID \"{Truncate(chainIdText)}\" is not a decimal chain id");
        }

        var message = new SiweMessage
        {
            Domain = authority,
            Scheme = scheme,
            Address = address,
            Statement = statement,
            Uri = uri,
            Version = version,
            ChainId = chainId,
            Nonce = nonce,
            IssuedAt = ParseTimestamp("Issued At", issuedAtText),
            ExpirationTime = expirationText is null ? null : ParseTimestamp("Expiration Time", expirationText),
            NotBefore = notBeforeText is null ? null : ParseTimestamp("Not Before", notBeforeText),
            RequestId = requestId,
            Resources = resources,
        };
        var problem = message.Validate();
        return problem is null ? message : throw new SiweMessageFormatException(problem);
    }

    public static bool TryParse(string text, out SiweMessage? message, out string? problem)
    {
        try
        {
            message = Parse(text);
            problem = null;
            return true;
        }
        catch (SiweMessageFormatException exception)
        {
            message = null;
            problem = exception.Message;
            return false;
        }
    }

    /// <summary>The EIP-55 form of an address, or null when it is not 20 bytes of hex.</summary>
    public static string? ToChecksumAddress(string? address) =>
        address is not null && AddressPattern().IsMatch(address) ? new AddressUtil().ConvertToChecksumAddress(address) : null;

    private string? Validate()
    {
        if (string.IsNullOrEmpty(Domain) || !IsAuthority(Domain))
        {
            return $"domain \"{Truncate(Domain)}\" is not a host[:port] authority";
        }

        if (Scheme is not null && !SchemePattern().IsMatch(Scheme))
        {
            return $"scheme \"{Truncate(Scheme)}\" is not a URI scheme";
        }

        if (ToChecksumAddress(Address) is not { } checksummed)
        {
            return $"address \"{Truncate(Address)}\" is not a 0x-prefixed 20-byte hex address";
        }

        if (checksummed != Address)
        {
            return $"address \"{Address}\" is not EIP-55 checksummed (expected {checksummed})";
        }

        if (Statement is not null && (Statement.Length == 0 || Statement.Contains('\n')))
        {
            return "statement must be a single non-empty line";
        }

        if (!IsAbsoluteUri(Uri))
        {
            return $"URI \"{Truncate(Uri)}\" is not an absolute URI";
        }

        if (Version != SupportedVersion)
        {
            return $"Version \"{Truncate(Version)}\" is not supported (only {SupportedVersion})";
        }

        if (ChainId <= 0)
        {
            return $"Chain ID {ChainId} must be positive";
        }

        if (Nonce is null || !NoncePattern().IsMatch(Nonce))
        {
            return $"Nonce \"{Truncate(Nonce)}\" must be at least 8 letters or digits";
        }

        if (RequestId is not null && RequestId.Any(char.IsWhiteSpace))
        {
            return "Request ID must not contain white space";
        }

        foreach (var resource in Resources)
        {
            if (!IsAbsoluteUri(resource))
            {
                return $"resource \"{Truncate(resource)}\" is not an absolute URI";
            }
        }

        return null;
    }

    private static bool IsAuthority(string domain) =>
        !domain.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '#' or '@')
        && System.Uri.TryCreate($"https://{domain}", UriKind.Absolute, out var parsed)
        && parsed.AbsolutePath == "/";

    private static bool IsAbsoluteUri(string? uri) =>
        !string.IsNullOrEmpty(uri) && !uri.Any(char.IsWhiteSpace) && System.Uri.TryCreate(uri, UriKind.Absolute, out _);

    private static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string field, string text) =>
        TimestampPattern().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw new SiweMessageFormatException($"{field} \"{Truncate(text)}\" is not an RFC 3339 date-time");

    private static string Truncate(string? text) => text is null ? "" : text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex(@"^0x[0-9a-fA-F]{40}$")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]{8,}$")]
    private static partial Regex NoncePattern();

    [GeneratedRegex(@"^[1-9][0-9]{0,18}$")]
    private static partial Regex ChainIdPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*$")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+\-]\d{2}:\d{2})$")]
    private static partial Regex TimestampPattern();

    private sealed class LineReader(string[] lines)
    {
        private int _next;

        /// <summary>1-based number of the line last read.</summary>
        public int LineNumber => _next;

        public string? Peek() => _next < lines.Length ? lines[_next] : null;

        public string Next(string what) =>
            _next < lines.Length
                ? lines[_next++]
                : throw new SiweMessageFormatException($"the message ends before {what} (line {_next + 1})");

        public void ExpectBlank(string where)
        {
            if (Next($"the blank line {where}").Length != 0)
            {
                throw new SiweMessageFormatException($"line {_next} must be blank ({where})");
            }
        }

        public string Field(string name) =>
            OptionalField(name) ?? throw new SiweMessageFormatException(
                $"line {_next + 1} must be \"{name}: ...\" (found \"{Truncate(Peek() ?? "end of message")}\")");

        public string? OptionalField(string name)
        {
            var prefix = name + ": ";
            if (Peek() is { } line && line.StartsWith(prefix, StringComparison.Ordinal))
            {
                _next++;
                return line[prefix.Length..];
            }

            return null;
        }
    }
}

/// <summary>A text that is not a well-formed EIP-4361 message; the message says what is wrong.</summary>
public sealed class SiweMessageFormatException(string problem) : FormatException($"Malformed sign-in message: {problem}")
{
    public string Problem { get; } = problem;
}
