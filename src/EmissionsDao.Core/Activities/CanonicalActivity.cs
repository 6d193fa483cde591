using System.Buffers;
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
        var writer = new Writer();
        var lines = new List<(int Start, int Length)>();
        foreach (var activity in activities)
        {
            var start = writer.Length;
            activity.WriteCanonical(writer);
            lines.Add((start, writer.Length - start));
        }

        var buffer = writer.Buffer;
        var order = lines.ToArray();
        Array.Sort(order, (a, b) => buffer.AsSpan(a.Start, a.Length).SequenceCompareTo(buffer.AsSpan(b.Start, b.Length)));

        var sortedLength = writer.Length + order.Length;
        var sorted = ArrayPool<byte>.Shared.Rent(Math.Max(sortedLength, 1));
        try
        {
            var position = 0;
            foreach (var (start, length) in order)
            {
                buffer.AsSpan(start, length).CopyTo(sorted.AsSpan(position));
                position += length;
                sorted[position++] = (byte)'\n';
            }

            return Sha256Digest.FromBytes(SHA256.HashData(sorted.AsSpan(0, sortedLength)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sorted);
            writer.Dispose();
        }
    }

    /// <summary>Writes canonical rows one after another into a growing UTF-8 buffer (pooled; dispose to return it).</summary>
    internal sealed class Writer : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
        private bool _firstField;

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
            value.TryFormat(_buffer.AsSpan(Length), out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
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
