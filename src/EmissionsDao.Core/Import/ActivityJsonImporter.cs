using System.Text;
using System.Text.Json;
using EmissionsDao.Core.Activities;
using Microsoft.Extensions.Options;

namespace EmissionsDao.Core.Import;

/// <summary>
/// Reads activities from JSON: an array of objects (or an object whose "activities" property is that array), each with
/// a "kind" (shipment, flight, electricity, natural_gas, road_fuel, other) and the same fields as the CSV columns of
/// that kind. Numbers may be JSON numbers or strings. Kinds may be mixed. Canonical rows
/// (<see cref="Activity.ToCanonicalJson"/>) are valid items. Lines in errors are those of the offending property
/// (or of the item's opening brace).
/// </summary>
public sealed class ActivityJsonImporter(ActivityValidator validator, IOptions<ImportOptions> options)
{
    private readonly ImportOptions _options = options.Value;

    public async Task<ImportResult> ImportAsync(Stream json, CancellationToken cancellationToken = default)
    {
        var bytes = await ImportSession.ReadLimitedAsync(json, _options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null ? new ImportResult.Failed([ImportSession.TooLarge(_options.MaxFileBytes)]) : Import(bytes);
    }

    public ImportResult Import(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Import(Encoding.UTF8.GetBytes(json));
    }

    public ImportResult Import(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > _options.MaxFileBytes)
        {
            return new ImportResult.Failed([ImportSession.TooLarge(_options.MaxFileBytes)]);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var session = new ImportSession(validator, _options, utf8Json.Length / 100);
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return new ImportResult.Failed([new ImportError(null, null, "the file is empty; it must hold a JSON array of activities")]);
            }

            if (reader.TokenType == JsonTokenType.StartObject && !MoveToActivitiesArray(ref reader, utf8Json, lines, session.Errors))
            {
                return session.Errors.ToResult();
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                session.Errors.Add(lines.LineOf(utf8Json, reader.TokenStartIndex), null,
                    "the file must hold a JSON array of activities, or an object with an \"activities\" array");
                return session.Errors.ToResult();
            }

            while (!session.ShouldStop && reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.LineOf(utf8Json, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    session.Errors.Add(line, null, "each activity must be a JSON object like {\"kind\": \"flight\", ...}");
                    reader.Skip();
                    continue;
                }

                if (!session.CountRow(line))
                {
                    break;
                }

                ReadItem(ref reader, utf8Json, lines, line, session);
            }
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            session.Errors.Add(line, null, $"malformed JSON: {WithoutPosition(exception.Message)}");
        }

        return session.Finish();
    }

    private static bool MoveToActivitiesArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, LineCounter lines, ImportErrors errors)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isActivities = reader.ValueTextEquals("activities"u8);
            reader.Read();
            if (isActivities)
            {
                return true;
            }

            reader.Skip();
        }

        errors.Add(lines.LineOf(json, reader.TokenStartIndex), null, "the JSON object has no \"activities\" array");
        return false;
    }

    private static void ReadItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, LineCounter lines, int itemLine, ImportSession session)
    {
        var properties = new List<(string Name, string? Value, int Line)>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var line = lines.LineOf(json, reader.TokenStartIndex);
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    properties.Add((name, reader.GetString(), line));
                    break;
                case JsonTokenType.Number:
                    properties.Add((name, Encoding.UTF8.GetString(reader.ValueSpan), line));
                    break;
                case JsonTokenType.True or JsonTokenType.False:
                    properties.Add((name, reader.GetBoolean() ? "true" : "false", line));
                    break;
                case JsonTokenType.Null:
                    properties.Add((name, null, line));
                    break;
                default:
                    session.Errors.Add(line, name, "must be a single value (text, number, true or false), not an object or array");
                    reader.Skip();
                    break;
            }
        }

        var kindProperty = properties.FindIndex(p => p.Name == ActivityFields.Kind);
        if (kindProperty < 0)
        {
            session.Errors.Add(itemLine, ActivityFields.Kind, $"missing value; enter the activity kind: {string.Join(", ", ActivityKinds.All.Select(k => k.Code()))}");
            return;
        }

        if (!ActivityKinds.TryParse(properties[kindProperty].Value, out var kind))
        {
            session.Errors.Add(properties[kindProperty].Line, ActivityFields.Kind,
                $"unknown kind '{properties[kindProperty].Value}'; accepted kinds: {string.Join(", ", ActivityKinds.All.Select(k => k.Code()))}");
            return;
        }

        var columns = ActivityColumns.For(kind);
        var values = new string?[columns.Count];
        var valueLines = new int?[columns.Count];
        var ok = true;
        foreach (var (name, value, line) in properties)
        {
            if (name == ActivityFields.Kind)
            {
                continue;
            }

            var field = ActivityColumns.IndexOf(kind, name);
            if (field < 0)
            {
                session.Errors.Add(line, name, $"unknown field '{name}'; {kind.Code()} activities have the fields {string.Join(", ", columns.Select(c => c.Name))}");
                ok = false;
                continue;
            }

            values[field] = value;
            valueLines[field] = line;
        }

        if (ok)
        {
            session.Accept(kind, new JsonRowFields(values, valueLines), itemLine);
        }
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).Trim();
    }

    /// <summary>Turns byte offsets into 1-based line numbers, counting forward only (tokens arrive in order).</summary>
    private sealed class LineCounter
    {
        private long _position;
        private int _line = 1;

        public int LineOf(ReadOnlySpan<byte> json, long offset)
        {
            if (offset > _position)
            {
                _line += json[(int)_position..(int)Math.Min(offset, json.Length)].Count((byte)'\n');
                _position = offset;
            }

            return _line;
        }
    }

    private sealed class JsonRowFields(string?[] values, int?[] lines) : RowFields
    {
        public override ReadOnlySpan<char> Get(int field) => values[field];

        public override int? LineOf(int field) => lines[field];
    }
}
