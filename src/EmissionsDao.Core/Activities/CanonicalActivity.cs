using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EmissionsDao.Core.Activities;

/// <summary>
/// The canonical serialisation of an activity row: one line of JSON (UTF-8), fields in a fixed order starting with
/// "kind", numbers without exponent or trailing zeros, dates as YYYY-MM-DD, absent optional fields omitted, and only
/// '"', '\' and control characters escaped. It is hand-written (not System.Text.Json) so that it can never change
/// with a framework upgrade: a hash anchored on chain must be recomputable years later.
/// </summary>
public static class CanonicalActivity
{
    /// <summary>
    /// The activity-data hash: SHA-256 over the canonical rows sorted by their UTF-8 bytes (as <c>LC_ALL=C sort</c>
    /// orders them), each followed by '\n'. The order of the input rows does not matter.
    /// </summary>
    public static Sha256Digest HashRows(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var expected = activities.TryGetNonEnumeratedCount(out var count) ? count : 0;
        using var writer = new Writer(initialCapacity: Math.Max(4096, expected * 128));
        var lines = new List<Line>(expected);
        foreach (var activity in activities)
        {
            var start = writer.Length;
            activity.WriteCanonical(writer);
            lines.Add(new Line(start, writer.Length - start));
        }

        var buffer = writer.Buffer;
        var shared = SharedPrefixLength(buffer, lines);
        var order = lines.ToArray();
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = order[i] with { Key = SortKey(buffer, order[i], shared) };
        }

        order.AsSpan().Sort(new LineComparer(buffer, shared));

        var sortedLength = writer.Length + order.Length;
        var sorted = ArrayPool<byte>.Shared.Rent(Math.Max(sortedLength, 1));
        try
        {
            var position = 0;
            foreach (var line in order)
            {
                buffer.AsSpan(line.Start, line.Length).CopyTo(sorted.AsSpan(position));
                position += line.Length;
                sorted[position++] = (byte)'\n';
            }

            return Sha256Digest.FromBytes(SHA256.HashData(sorted.AsSpan(0, sortedLength)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sorted);
        }
    }

    /// <summary>How many bytes every line starts with (e.g. <c>{"kind":"shipment","date":"20</c> for a file of shipments).</summary>
    private static int SharedPrefixLength(byte[] buffer, List<Line> lines)
    {
        if (lines.Count == 0)
        {
            return 0;
        }

        var first = buffer.AsSpan(lines[0].Start, lines[0].Length);
        var shared = first.Length;
        foreach (var line in lines)
        {
            shared = first[..shared].CommonPrefixLength(buffer.AsSpan(line.Start, line.Length));
        }

        return shared;
    }

    /// <summary>The 8 bytes after the shared prefix, big-endian (zero-padded: canonical rows hold no zero byte), so that comparing keys compares bytes.</summary>
    private static ulong SortKey(byte[] buffer, Line line, int shared)
    {
        Span<byte> key = stackalloc byte[sizeof(ulong)];
        key.Clear();
        var rest = buffer.AsSpan(line.Start + shared, line.Length - shared);
        rest[..Math.Min(rest.Length, key.Length)].CopyTo(key);
        return BinaryPrimitives.ReadUInt64BigEndian(key);
    }

    /// <summary>A canonical row in the writer's buffer, with its <see cref="SortKey"/>.</summary>
    private readonly record struct Line(int Start, int Length, ulong Key = 0);

    /// <summary>Byte order of the rows (<c>LC_ALL=C sort</c>): by key, then, rarely needed, by the bytes after the shared prefix.</summary>
    private readonly struct LineComparer(byte[] buffer, int shared) : IComparer<Line>
    {
        public int Compare(Line x, Line y) => x.Key != y.Key
            ? x.Key.CompareTo(y.Key)
            : buffer.AsSpan(x.Start + shared, x.Length - shared).SequenceCompareTo(buffer.AsSpan(y.Start + shared, y.Length - shared));
    }

    /// <summary>Writes canonical rows one after another into a growing UTF-8 buffer (pooled; dispose to return it).</summary>
    internal sealed class Writer : IDisposable
    {
        private byte[] _buffer;
        private bool _firstField;

        public Writer(int initialCapacity = 4096) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

        public byte[] Buffer => _buffer;

        public int Length { get; private set; }

        public void Begin(ActivityKind kind)
        {
            Append((byte)'{');
            _firstField = true;
            Text(ActivityFields.Kind, kind.Code());
        }

        public void End() => Append((byte)'}');

        public void Date(string name, DateOnly value)
        {
            Name(name);
            Ensure(12);
            _buffer[Length++] = (byte)'"';
            value.TryFormat(_buffer.AsSpan(Length), out var written, "O", CultureInfo.InvariantCulture); // yyyy-MM-dd
            Length += written;
            _buffer[Length++] = (byte)'"';
        }

        public void Number(string name, decimal? value)
        {
            if (value is { } number)
            {
                Name(name);
                Ensure(CanonicalDecimal.MaxLength);
                Length += CanonicalDecimal.Write(number, _buffer.AsSpan(Length));
            }
        }

        public void Number(string name, int value)
        {
            Name(name);
            Ensure(11);
            value.TryFormat(_buffer.AsSpan(Length), out var written, default, CultureInfo.InvariantCulture);
            Length += written;
        }

        public void Boolean(string name, bool value)
        {
            Name(name);
            AppendAscii(value ? "true" : "false");
        }

        public void Text(string name, string? value)
        {
            if (value is not null)
            {
                Name(name);
                String(value);
            }
        }

        public string ToText() => Encoding.UTF8.GetString(_buffer, 0, Length);

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        private void Name(string name)
        {
            if (!_firstField)
            {
                Append((byte)',');
            }

            _firstField = false;
            String(name);
            Append((byte)':');
        }

        private void String(string value)
        {
            Append((byte)'"');
            if (IsPlainAscii(value))
            {
                Ensure(value.Length);
                Length += Encoding.ASCII.GetBytes(value, _buffer.AsSpan(Length));
                Append((byte)'"');
                return;
            }

            foreach (var rune in value.EnumerateRunes())
            {
                switch (rune.Value)
                {
                    case '"':
                        AppendAscii("\\\"");
                        break;
                    case '\\':
                        AppendAscii("\\\\");
                        break;
                    case < ' ':
                        AppendAscii("\\u" + rune.Value.ToString("x4", CultureInfo.InvariantCulture));
                        break;
                    case < 0x80:
                        Append((byte)rune.Value);
                        break;
                    default:
                        Ensure(4);
                        Length += rune.EncodeToUtf8(_buffer.AsSpan(Length));
                        break;
                }
            }

            Append((byte)'"');
        }

        /// <summary>Printable ASCII without '"' or '\\': written as is (field names, codes, most descriptions).</summary>
        private static bool IsPlainAscii(string value) =>
            !value.AsSpan().ContainsAnyExceptInRange(' ', '~') && !value.AsSpan().ContainsAny('"', '\\');

        private void AppendAscii(string text)
        {
            Ensure(text.Length);
            foreach (var c in text)
            {
                _buffer[Length++] = (byte)c;
            }
        }

        private void Append(byte value)
        {
            Ensure(1);
            _buffer[Length++] = value;
        }

        private void Ensure(int extra)
        {
            if (Length + extra <= _buffer.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + extra));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
