using System.Collections;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Hex.HexConvertors.Extensions;

namespace EmissionsDao.Chain.Indexing;

/// <summary>The decoded fields of an event DTO as JSON: uint256 as decimal text (no precision lost), bytes as 0x hex.</summary>
internal static class EventPayload
{
    public static string ToJson(object eventDto)
    {
        var payload = new JsonObject();
        foreach (var (property, parameter) in ParametersOf(eventDto.GetType()))
        {
            payload[parameter.Name] = ToNode(property.GetValue(eventDto));
        }

        return payload.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static IEnumerable<(PropertyInfo Property, ParameterAttribute Parameter)> ParametersOf(Type type) =>
        type.GetProperties()
            .Select(p => (Property: p, Parameter: p.GetCustomAttribute<ParameterAttribute>(inherit: true)))
            .Where(p => p.Parameter is not null)
            .OrderBy(p => p.Parameter!.Order)
            .Select(p => (p.Property, p.Parameter!));

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        BigInteger number => JsonValue.Create(number.ToString()),
        byte[] bytes => JsonValue.Create(bytes.ToHex(prefix: true)),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        byte or ushort or uint or int or long => JsonValue.Create(Convert.ToInt64(value)),
        IEnumerable items => new JsonArray([.. items.Cast<object?>().Select(ToNode)]),
        _ => JsonValue.Create(value.ToString()),
    };
}
