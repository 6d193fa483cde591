using System.Text.Json.Nodes;
using Nethereum.ABI.EIP712;
using Nethereum.Hex.HexConvertors.Extensions;

namespace EmissionsDao.Chain;

/// <summary>
/// Typed data as JSON for a browser wallet's <c>eth_signTypedData_v4</c>, in the form wallets and the EIP-712 encoders
/// read: every number is a decimal string (wallets parse the JSON in JavaScript, where a uint256 written as a JSON
/// number, a proposal id or an amount in wei, silently loses precision and the wallet signs a different message than
/// the contract checks), and every <c>bytes</c>/<c>bytesN</c> value, also inside arrays and nested structs, is 0x-hex
/// (the typed-data serializer writes byte arrays as base64, which no wallet reads as bytes).
/// </summary>
public static class WalletTypedData
{
    public static string ToJson<TMessage>(TypedData<Domain> typedData, TMessage message)
    {
        var json = JsonNode.Parse(typedData.ToJson(message))!;
        if (json["domain"] is { } domain)
        {
            json["domain"] = NumbersAsStrings(domain);
        }

        if (json["message"] is { } body)
        {
            json["message"] = BytesAsHex(NumbersAsStrings(body), typedData.PrimaryType, typedData.Types);
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

    /// <summary>
    /// Rewrites the values of <paramref name="type"/> (a struct, an array, or a bytes type) in <paramref name="node"/>,
    /// which has no parent (a clone), so that it can be placed in the new tree.
    /// </summary>
    private static JsonNode? BytesAsHex(JsonNode? node, string type, IDictionary<string, MemberDescription[]> types)
    {
        if (node is null)
        {
            return null;
        }

        if (type.EndsWith(']'))
        {
            var elementType = type[..type.LastIndexOf('[')];
            return node is JsonArray array ? new JsonArray(array.Select(item => BytesAsHex(item?.DeepClone(), elementType, types)).ToArray()) : node;
        }

        if (types.TryGetValue(type, out var members) && node is JsonObject obj)
        {
            var result = new JsonObject();
            foreach (var (name, value) in obj.ToList())
            {
                var member = members.FirstOrDefault(m => m.Name == name);
                result[name] = member is null ? value?.DeepClone() : BytesAsHex(value?.DeepClone(), member.Type, types);
            }

            return result;
        }

        return type.StartsWith("bytes", StringComparison.Ordinal) && node is JsonValue bytes && bytes.TryGetValue<string>(out var text) && !text.StartsWith("0x", StringComparison.Ordinal)
            ? JsonValue.Create(Convert.FromBase64String(text).ToHex(prefix: true))
            : node;
    }
}
