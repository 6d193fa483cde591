using System.Text.Json.Nodes;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static EmissionsDao.Chain.Tests.Audits.AuditTestKit;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>
/// The typed-data JSON a browser wallet signs is the message the contract checks: anvil, signing the JSON with
/// eth_signTypedData_v4 as a wallet does, gives the very signature the server gives for the typed object.
/// </summary>
[Collection(AnvilCollection.Name)]
public sealed class WalletTypedDataTests(AnvilFixture chain) : IAsyncLifetime
{
    private readonly AuditTestKit _kit = new(chain);

    public Task InitializeAsync() => chain.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Request_permit_commit_and_reveal_json_sign_to_the_same_signatures_as_the_typed_objects()
    {
        var messages = _kit.Service.Messages;
        var draft = _kit.Draft("Alice", "utility 1", Day(2025, 1, 1), Day(2025, 1, 31));
        var request = await messages.RequestAsync(draft, TimeSpan.FromHours(1));
        var (requestSignature, permitSignature) = request.SignWith(Key("Alice"));

        Assert.Equal(requestSignature, await SignInWalletAsync("Alice", request.RequestTypedDataJson));
        Assert.Equal(permitSignature, await SignInWalletAsync("Alice", request.PermitTypedDataJson));

        var created = await _kit.Service.RequestAuditAsync(AuditMessagesToSign.Signed(request, requestSignature, permitSignature));
        var auditor = NameOf(created.Panel.Single());
        var result = AuditorResult.IssueGrams(1_000, FactorSet);
        var commit = await messages.CommitAsync(created.RequestId, Account(auditor).Address, result, TimeSpan.FromHours(1));
        var reveal = await messages.RevealAsync(created.RequestId, Account(auditor).Address, result, TimeSpan.FromHours(1));

        Assert.Equal(commit.SignWith(Key(auditor)), await SignInWalletAsync(auditor, commit.TypedDataJson));
        Assert.Equal(reveal.SignWith(Key(auditor)), await SignInWalletAsync(auditor, reveal.TypedDataJson));
    }

    [Fact]
    public async Task Bytes_are_hex_and_numbers_are_strings_in_the_wallet_json()
    {
        var draft = _kit.Draft("Alice", "utility 1", Day(2025, 2, 1), Day(2025, 2, 28));
        var request = await _kit.Service.Messages.RequestAsync(draft, TimeSpan.FromHours(1));

        var message = JsonNode.Parse(request.RequestTypedDataJson)!["message"]!;
        Assert.Equal("0x" + Convert.ToHexString(draft.SubjectKey).ToLowerInvariant(), message["subjectKey"]!.GetValue<string>());
        Assert.Equal(
            draft.DocumentHashes.Select(h => "0x" + Convert.ToHexString(h).ToLowerInvariant()),
            message["documentHashes"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal("100000000", message["fee"]!.GetValue<string>());
        Assert.Equal(Day(2025, 2, 1).ToString(System.Globalization.CultureInfo.InvariantCulture), message["periodStart"]!.GetValue<string>());
        Assert.Equal("31337", JsonNode.Parse(request.RequestTypedDataJson)!["domain"]!["chainId"]!.GetValue<string>());
    }

    [Fact]
    public void Arrays_of_numbers_and_of_nested_structs_keep_their_shape_with_bytes_as_hex_inside()
    {
        var typedData = new Nethereum.ABI.EIP712.TypedData<Nethereum.ABI.EIP712.Domain>
        {
            Domain = AuditTypedData.Domain("Test", "1", 31337, "0x5FbDB2315678afecb367f032d93F642f64180aa3"),
            Types = Nethereum.ABI.EIP712.MemberDescriptionFactory.GetTypesMemberDescription(typeof(Nethereum.ABI.EIP712.Domain), typeof(Basket), typeof(Item)),
            PrimaryType = "Basket",
        };
        var basket = new Basket { Stars = [5, 1], Items = [new Item { Hash = [0xab, 0xcd], Amount = System.Numerics.BigInteger.Pow(10, 30) }], Tags = [[0x01], [0x02, 0x03]] };

        var message = JsonNode.Parse(WalletTypedData.ToJson(typedData, basket))!["message"]!;

        Assert.Equal(["5", "1"], message["stars"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("0xabcd", message["items"]![0]!["hash"]!.GetValue<string>());
        Assert.Equal("1000000000000000000000000000000", message["items"]![0]!["amount"]!.GetValue<string>());
        Assert.Equal(["0x01", "0x0203"], message["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Struct("Item")]
    public sealed class Item
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("bytes", "hash", 1)]
        public byte[] Hash { get; set; } = [];

        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("uint256", "amount", 2)]
        public System.Numerics.BigInteger Amount { get; set; }
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Struct("Basket")]
    public sealed class Basket
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("uint8[]", "stars", 1)]
        public List<byte> Stars { get; set; } = [];

        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("tuple[]", "items", 2, "Item[]")]
        public List<Item> Items { get; set; } = [];

        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("bytes[]", "tags", 3)]
        public List<byte[]> Tags { get; set; } = [];
    }

    /// <summary>eth_signTypedData_v4 by anvil, which holds the dev keys: what a browser wallet does with the JSON.</summary>
    private Task<string> SignInWalletAsync(string name, string typedDataJson) =>
        _kit.RpcAsync<string>("eth_signTypedData_v4", Account(name).Address, JObject.Parse(typedDataJson));
}
