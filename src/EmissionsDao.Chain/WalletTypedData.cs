using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;

namespace EmissionsDao.Chain;

/// <summary>
/// Typed data as JSON for a browser wallet's <c>eth_signTypedData_v4</c>. Every number is written as a decimal string:
/// wallets parse the JSON in JavaScript, where a uint256 written as a JSON number (a proposal id, an amount in wei)
/// silently loses precision and the wallet signs a different message than the contract checks.
/// </summary>
public static class WalletTypedData
{
    public static string ToJson<TMessage>(TypedData<Domain> typedData, TMessage message)
    {
        var json = JsonNode.Parse(typedData.ToJson(message))!;
        foreach (var section in new[] { "domain", "message" })
        {
            if (json[section] is { } node)
            {
                json[section] = NumbersAsStrings(node);
            }
        }

        return json.ToJsonString();
    }

    private static JsonNode NumbersAsStrings(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.ToList().Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)NumbersAsStrings(p.Value)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : NumbersAsStrings(item)).ToArray()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(value.ToJsonString()),
        _ => node.DeepClone(),
    };
}
