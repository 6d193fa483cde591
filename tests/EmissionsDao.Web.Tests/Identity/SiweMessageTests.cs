using EmissionsDao.Chain.Identity;

namespace EmissionsDao.Web.Tests.Identity;

public sealed class SiweMessageTests
{
    /// <summary>The EIP-4361 text for dev account 1 (Alice), signed independently by anvil's personal_sign.</summary>
    public const string GoldenText =
        "localhost:5080 wants you to sign in with your Ethereum account:\n" +
        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n" +
        "\n" +
        "Sign in to EmissionsDao.\n" +
        "\n" +
        "URI: http://localhost:5080\n" +
        "Version: 1\n" +
        "Chain ID: 31337\n" +
        "Nonce: kY3pQ8vN2mX7rT4w\n" +
        "Issued At: 2026-11-25T10:00:00.000Z\n" +
        "Expiration Time: 2026-11-25T10:05:00.000Z";

    public const string GoldenSignature =
        "0x0a40043f478949a5ec10e85915ae415d8b5ed2df98a3e6b4109ab2d3f659e9cc3652e57fb8c43798f656023a44280147f865b8ec692a38078792a752b9ea9ef61c";

    public static readonly SiweMessage Golden = new()
    {
        Domain = "localhost:5080",
        Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        Statement = "Sign in to EmissionsDao.",
        Uri = "http://localhost:5080",
        ChainId = 31337,
        Nonce = "kY3pQ8vN2mX7rT4w",
        IssuedAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
        ExpirationTime = new DateTimeOffset(2026, 11, 25, 10, 5, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Builds_exactly_the_eip4361_text()
    {
        Assert.Equal(GoldenText, Golden.ToMessageText());
    }

    [Fact]
    public void Parses_the_text_back_into_the_same_fields()
    {
        var parsed = SiweMessage.Parse(GoldenText);

        Assert.Equal(Golden with { Resources = parsed.Resources }, parsed);
        Assert.Empty(parsed.Resources);
    }

    [Fact]
    public void Writes_and_reads_every_optional_field()
    {
        var full = Golden with
        {
            Scheme = "https",
            Statement = null,
            NotBefore = Golden.IssuedAt.AddSeconds(30),
            RequestId = "request-42",
            Resources = ["ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/", "https://example.com/terms"],
        };

        var text = full.ToMessageText();

        Assert.Equal(
            "https://localhost:5080 wants you to sign in with your Ethereum account:\n" +
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n" +
            "\n" +
            "\n" +
            "URI: http://localhost:5080\n" +
            "Version: 1\n" +
            "Chain ID: 31337\n" +
            "Nonce: kY3pQ8vN2mX7rT4w\n" +
            "Issued At: 2026-11-25T10:00:00.000Z\n" +
            "Expiration Time: 2026-11-25T10:05:00.000Z\n" +
            "Not Before: 2026-11-25T10:00:30.000Z\n" +
            "Request ID: request-42\n" +
            "Resources:\n" +
            "- ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/\n" +
            "- https://example.com/terms",
            text);
        var parsed = SiweMessage.Parse(text);
        Assert.Equal(full.Resources, parsed.Resources);
        Assert.Equal(full with { Resources = parsed.Resources }, parsed);
    }

    [Fact]
    public void Timestamps_with_an_offset_are_read_as_the_same_instant()
    {
        var parsed = SiweMessage.Parse(GoldenText.Replace("Issued At: 2026-11-25T10:00:00.000Z", "Issued At: 2026-11-25T11:00:00+01:00"));

        Assert.Equal(Golden.IssuedAt, parsed.IssuedAt);
    }

    [Fact]
    public void Refuses_to_build_a_message_with_an_unchecksummed_address()
    {
        var exception = Assert.Throws<SiweMessageFormatException>(() => (Golden with { Address = Golden.Address.ToLowerInvariant() }).ToMessageText());

        Assert.Contains("EIP-55", exception.Message);
    }

    [Theory]
    [InlineData("localhost:5080 wants you to sign in with your Ethereum account:", "localhost:5080 wants you to sign in:", "line 1 must end with")]
    [InlineData("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "not EIP-55 checksummed")]
    [InlineData("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x70997970C51812dc3A010C7d01b50e0d17dc79", "not a 0x-prefixed 20-byte hex address")]
    [InlineData("Version: 1", "Version: 2", "Version \"2\" is not supported")]
    [InlineData("Chain ID: 31337", "Chain ID: 0x7a69", "not a decimal chain id")]
    [InlineData("Nonce: kY3pQ8vN2mX7rT4w", "Nonce: short", "at least 8 letters or digits")]
    [InlineData("Nonce: kY3pQ8vN2mX7rT4w", "Nonce: kY3pQ8vN-mX7rT4w", "at least 8 letters or digits")]
    [InlineData("Issued At: 2026-11-25T10:00:00.000Z", "Issued At: 25/11/2026 10:00", "Issued At \"25/11/2026 10:00\" is not an RFC 3339 date-time")]
    [InlineData("Issued At: 2026-11-25T10:00:00.000Z", "Issued At: 2026-13-45T10:00:00.000Z", "not an RFC 3339 date-time")]
    [InlineData("URI: http://localhost:5080", "URI: not a uri", "is not an absolute URI")]
    [InlineData("URI: http://localhost:5080\n", "", "must be \"URI: ...\"")]
    [InlineData("Nonce: kY3pQ8vN2mX7rT4w\n", "", "must be \"Nonce: ...\"")]
    [InlineData("Version: 1\nChain ID: 31337", "Chain ID: 31337\nVersion: 1", "must be \"Version: ...\"")]
    [InlineData("Sign in to EmissionsDao.\n\n", "Sign in to EmissionsDao.\n", "must be blank")]
    [InlineData("Expiration Time: 2026-11-25T10:05:00.000Z", "Expiration Time: 2026-11-25T10:05:00.000Z\n", "is not expected here")]
    [InlineData("Expiration Time: 2026-11-25T10:05:00.000Z", "Expiration Time: 2026-11-25T10:05:00.000Z\nSigned by: me", "line 12 is not expected here")]
    [InlineData("Expiration Time: 2026-11-25T10:05:00.000Z", "Expiration Time: 2026-11-25T10:05:00.000Z\nResources:\nhttps://example.com", "each resource must be written as \"- <uri>\"")]
    [InlineData("localhost:5080 wants", "local host:5080 wants", "is not a host[:port] authority")]
    [InlineData("\nURI:", "\r\nURI:", "LF only")]
    public void Rejects_malformed_text_with_the_reason(string original, string replacement, string reason)
    {
        var text = GoldenText.Replace(original, replacement);
        Assert.NotEqual(GoldenText, text);

        var exception = Assert.Throws<SiweMessageFormatException>(() => SiweMessage.Parse(text));

        Assert.Contains(reason, exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello")]
    [InlineData("localhost:5080 wants you to sign in with your Ethereum account:")]
    public void Rejects_truncated_text(string text)
    {
        Assert.False(SiweMessage.TryParse(text, out var message, out var problem));
        Assert.Null(message);
        Assert.StartsWith("Malformed sign-in message:", problem);
    }
}
