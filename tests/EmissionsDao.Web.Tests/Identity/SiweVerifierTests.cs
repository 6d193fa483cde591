using EmissionsDao.Chain.Identity;
using EmissionsDao.Chain.LocalChain;
using Microsoft.Extensions.Options;
using Nethereum.Signer;

namespace EmissionsDao.Web.Tests.Identity;

public sealed class SiweVerifierTests
{
    private static readonly Uri Portal = new("http://localhost:5080");
    private static readonly SiweExpectations DevPortal = SiweChallengeIssuer.ExpectationsFor(Portal, 31337);
    private static readonly DevAccount Alice = DevAccounts.ByName("Alice");
    private static readonly DevAccount Bob = DevAccounts.ByName("Bob");

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly SiweOptions _options = new();
    private readonly InMemorySiweNonceStore _nonces;
    private readonly SiweChallengeIssuer _challenges;
    private readonly SiweVerifier _verifier;

    public SiweVerifierTests()
    {
        _nonces = new InMemorySiweNonceStore(_clock, Options.Create(_options));
        _challenges = new SiweChallengeIssuer(_nonces, _clock, Options.Create(_options));
        _verifier = new SiweVerifier(_nonces, _clock, Options.Create(_options));
    }

    [Fact]
    public void Golden_vector_recovers_the_dev_account_that_signed_it()
    {
        Assert.Equal(Alice.Address, new EthereumMessageSigner().EncodeUTF8AndEcRecover(SiweMessageTests.GoldenText, SiweMessageTests.GoldenSignature));
        Assert.Equal(SiweMessageTests.GoldenSignature, Sign(SiweMessageTests.GoldenText, Alice));
    }

    [Fact]
    public void Golden_vector_is_accepted_with_a_nonce_this_portal_issued()
    {
        var nonces = new StubNonceStore(NonceRedemption.Redeemed);
        var verifier = new SiweVerifier(nonces, _clock, Options.Create(_options));

        var result = verifier.Verify(SiweMessageTests.GoldenText, SiweMessageTests.GoldenSignature, DevPortal);

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(Alice.Address, result.Address);
        Assert.Equal("kY3pQ8vN2mX7rT4w", nonces.Redeemed);
    }

    [Fact]
    public void Accepts_a_message_the_portal_issued_signed_by_its_account()
    {
        var message = _challenges.CreateMessage(Alice.Address.ToLowerInvariant(), Portal, 31337);

        var result = Verify(message, Alice);

        Assert.True(result.IsAccepted, result.Reason);
        Assert.Equal(Alice.Address, result.Address);
        Assert.Equal(31337, result.Message!.ChainId);
        Assert.Equal(_clock.Now + _options.MessageLifetime, result.Message.ExpirationTime);
    }

    [Fact]
    public void Refuses_a_nonce_used_twice()
    {
        var text = _challenges.CreateMessage(Alice.Address, Portal, 31337).ToMessageText();
        var signature = Sign(text, Alice);
        Assert.True(_verifier.Verify(text, signature, DevPortal).IsAccepted);

        AssertRefused(SiweRefusal.NonceAlreadyUsed, "already used", _verifier.Verify(text, signature, DevPortal));
    }

    [Fact]
    public void Refuses_a_nonce_the_portal_never_issued()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337) with { Nonce = "NotIssuedHere1234" };

        AssertRefused(SiweRefusal.UnknownNonce, "not issued by this portal", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_a_nonce_that_expired_unused()
    {
        var nonce = _nonces.Issue();
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337) with { Nonce = nonce.Value, ExpirationTime = null };
        _clock.Advance(_options.NonceLifetime + TimeSpan.FromSeconds(1));

        AssertRefused(SiweRefusal.NonceExpired, "nonce has expired", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_another_domain()
    {
        var message = _challenges.CreateMessage(Alice.Address, new Uri("https://evil.example"), 31337);

        AssertRefused(SiweRefusal.WrongDomain, "asks to sign in to evil.example, but this portal is localhost:5080", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_a_uri_on_another_origin()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337) with { Uri = "https://localhost:5080/" };

        AssertRefused(SiweRefusal.WrongUri, "not on this portal's origin", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_another_chain()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 1);

        AssertRefused(SiweRefusal.WrongChain, "for chain 1, but this portal runs on chain 31337", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_an_expired_message()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337);
        _clock.Advance(_options.MessageLifetime);

        AssertRefused(SiweRefusal.Expired, "expired at 2026-11-25 10:05:00Z", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_a_message_not_yet_valid()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337) with { NotBefore = _clock.Now.AddMinutes(2) };

        AssertRefused(SiweRefusal.NotYetValid, "not valid before", Verify(message, Alice));
    }

    [Fact]
    public void Refuses_a_message_issued_in_the_future_beyond_the_clock_skew()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337);
        var slightlyAhead = message with { IssuedAt = _clock.Now + _options.ClockSkew };
        var farAhead = _challenges.CreateMessage(Alice.Address, Portal, 31337) with { IssuedAt = _clock.Now + _options.ClockSkew + TimeSpan.FromSeconds(1) };

        Assert.True(Verify(slightlyAhead, Alice).IsAccepted);
        AssertRefused(SiweRefusal.IssuedInTheFuture, "in the future", Verify(farAhead, Alice));
    }

    [Fact]
    public void Refuses_a_signature_by_another_key()
    {
        var message = _challenges.CreateMessage(Alice.Address, Portal, 31337);

        AssertRefused(SiweRefusal.SignerMismatch, $"is for {Alice.Address} but was signed by {Bob.Address}", Verify(message, Bob));
    }

    [Fact]
    public void Refuses_a_message_changed_after_signing()
    {
        var text = _challenges.CreateMessage(Alice.Address, Portal, 31337).ToMessageText();
        var signature = Sign(text, Alice);
        var tampered = text.Replace("Sign in to EmissionsDao.", "Sign in to EmissionsDao and transfer everything.");

        AssertRefused(SiweRefusal.SignerMismatch, "was signed by", _verifier.Verify(tampered, signature, DevPortal));
        Assert.True(_verifier.Verify(text, signature, DevPortal).IsAccepted, "a refused attempt must not use up the nonce");
    }

    [Fact]
    public void Refuses_malformed_text()
    {
        var result = _verifier.Verify("Please let me in", SiweMessageTests.GoldenSignature, DevPortal);

        AssertRefused(SiweRefusal.MalformedMessage, "Malformed sign-in message: line 1 must end with", result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x1234")]
    [InlineData("not hex at all")]
    public void Refuses_a_malformed_signature(string signature)
    {
        var text = _challenges.CreateMessage(Alice.Address, Portal, 31337).ToMessageText();

        AssertRefused(SiweRefusal.MalformedSignature, "65 bytes", _verifier.Verify(text, signature, DevPortal));
    }

    [Fact]
    public void Refuses_a_well_shaped_signature_that_recovers_no_key()
    {
        var text = _challenges.CreateMessage(Alice.Address, Portal, 31337).ToMessageText();
        var result = _verifier.Verify(text, "0x" + new string('0', 128) + "1b", DevPortal);

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Refusal, new SiweRefusal?[] { SiweRefusal.MalformedSignature, SiweRefusal.SignerMismatch });
    }

    [Fact]
    public void Dev_signer_refuses_outside_the_embedded_dev_chain()
    {
        var signer = new DevAccountSigner(new FixedSignInChain(11155111, AllowsDevAccounts: false), _challenges);

        var exception = Assert.Throws<InvalidOperationException>(() => signer.Sign(Alice, Portal));

        Assert.Contains("only on the embedded dev chain", exception.Message);
    }

    [Fact]
    public void Dev_signer_signs_what_the_verifier_accepts()
    {
        var signer = new DevAccountSigner(new FixedSignInChain(31337, AllowsDevAccounts: true), _challenges);

        var signed = signer.Sign(Alice, Portal);

        Assert.Equal(Alice.Address, _verifier.Verify(signed.Message, signed.Signature, DevPortal).Address);
    }

    [Fact]
    public void Nonce_store_refuses_new_nonces_beyond_its_capacity_until_old_ones_expire()
    {
        _options.MaxOutstandingNonces = 2;
        _nonces.Issue();
        _nonces.Issue();

        Assert.Throws<SiweNonceCapacityException>(() => _nonces.Issue());
        _clock.Advance(_options.NonceLifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(24, _nonces.Issue().Value.Length);
    }

    private SiweVerification Verify(SiweMessage message, DevAccount signer)
    {
        var text = message.ToMessageText();
        return _verifier.Verify(text, Sign(text, signer), DevPortal);
    }

    private static string Sign(string text, DevAccount signer) => new EthereumMessageSigner().EncodeUTF8AndSign(text, new EthECKey(signer.PrivateKey));

    private static void AssertRefused(SiweRefusal refusal, string reason, SiweVerification result)
    {
        Assert.False(result.IsAccepted);
        Assert.Equal(refusal, result.Refusal);
        Assert.Contains(reason, result.Reason);
    }

    private sealed class StubNonceStore(NonceRedemption redemption) : ISiweNonceStore
    {
        public string? Redeemed { get; private set; }

        public SiweNonce Issue() => throw new NotSupportedException();

        public NonceRedemption Redeem(string nonce)
        {
            Redeemed = nonce;
            return redemption;
        }
    }
}

public sealed record FixedSignInChain(long ChainId, bool AllowsDevAccounts) : ISignInChain;
