using System.Buffers.Binary;
using System.Text;

namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>The frame types of a Blazor render batch (RenderTreeFrameType).</summary>
public enum FrameType
{
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    Markup = 8,
    NamedEvent = 10,
}

/// <summary>The edit types of a component diff (RenderTreeEditType).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>One reference frame: 20 bytes, the frame type then type-specific fields.</summary>
public readonly record struct RenderFrame(FrameType Type, int SubtreeLength, int ComponentId, string? Name, string? Value, ulong EventHandlerId);

public readonly record struct RenderEdit(EditType Type, int SiblingIndex, int NewTreeIndex, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<RenderEdit> Edits);

/// <summary>
/// A render batch as the server's RemoteRenderer writes it (RenderBatchWriter): updated components, reference frames,
/// disposed components and event handlers, then a string table; five trailing int32 give the sections' positions.
/// Read the way blazor.web.js reads it (OutOfProcessRenderBatch.ts).
/// </summary>
public sealed class RenderBatch
{
    private const int ReferenceFrameSize = 20;
    private const int EditSize = 16;

    public required IReadOnlyList<ComponentDiff> UpdatedComponents { get; init; }

    public required IReadOnlyList<RenderFrame> ReferenceFrames { get; init; }

    public required IReadOnlyList<int> DisposedComponentIds { get; init; }

    public required IReadOnlyList<ulong> DisposedEventHandlerIds { get; init; }

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        var end = data.Length;
        var strings = new StringTable(data, Int32(data, end - 4));

        var updated = Int32(data, end - 20);
        var diffs = new List<ComponentDiff>();
        for (var i = 0; i < Int32(data, updated); i++)
        {
            var diff = Int32(data, updated + 4 + (i * 4));
            var edits = new List<RenderEdit>();
            var editsStart = diff + 4;
            for (var e = 0; e < Int32(data, editsStart); e++)
            {
                var at = editsStart + 4 + (e * EditSize);
                var type = (EditType)Int32(data, at);
                edits.Add(new RenderEdit(type, Int32(data, at + 4), Int32(data, at + 8), type == EditType.RemoveAttribute ? strings.Read(Int32(data, at + 12)) : null));
            }

            diffs.Add(new ComponentDiff(Int32(data, diff), edits));
        }

        var framesAt = Int32(data, end - 16);
        var frames = new RenderFrame[Int32(data, framesAt)];
        for (var i = 0; i < frames.Length; i++)
        {
            var at = framesAt + 4 + (i * ReferenceFrameSize);
            var type = (FrameType)Int32(data, at);
            frames[i] = type switch
            {
                FrameType.Element => new RenderFrame(type, Int32(data, at + 4), 0, strings.Read(Int32(data, at + 8)), null, 0),
                FrameType.Component => new RenderFrame(type, Int32(data, at + 4), Int32(data, at + 8), null, null, 0),
                FrameType.Region => new RenderFrame(type, Int32(data, at + 4), 0, null, null, 0),
                FrameType.Text or FrameType.Markup => new RenderFrame(type, 1, 0, null, strings.Read(Int32(data, at + 4)), 0),
                FrameType.Attribute => new RenderFrame(type, 1, 0, strings.Read(Int32(data, at + 4)), strings.Read(Int32(data, at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..])),
                FrameType.ElementReferenceCapture => new RenderFrame(type, 1, 0, null, strings.Read(Int32(data, at + 4)), 0),
                _ => new RenderFrame(type, 1, 0, null, null, 0),
            };
        }

        var disposedComponentsAt = Int32(data, end - 12);
        var disposedComponents = new int[Int32(data, disposedComponentsAt)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = Int32(data, disposedComponentsAt + 4 + (i * 4));
        }

        var disposedHandlersAt = Int32(data, end - 8);
        var disposedHandlers = new ulong[Int32(data, disposedHandlersAt)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersAt + 4 + (i * 8))..]);
        }

        return new RenderBatch { UpdatedComponents = diffs, ReferenceFrames = frames, DisposedComponentIds = disposedComponents, DisposedEventHandlerIds = disposedHandlers };
    }

    private static int Int32(ReadOnlySpan<byte> data, int position) => BinaryPrimitives.ReadInt32LittleEndian(data[position..]);

    /// <summary>Strings are LEB128-length-prefixed UTF-8 (BinaryWriter); the table holds each one's position; -1 is null.</summary>
    private readonly ref struct StringTable(ReadOnlySpan<byte> data, int tableStart)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public string? Read(int index)
        {
            if (index == -1)
            {
                return null;
            }

            var position = Int32(_data, tableStart + (index * 4));
            var length = 0;
            var shift = 0;
            byte next;
            do
            {
                next = _data[position++];
                length |= (next & 0x7f) << shift;
                shift += 7;
            }
            while (next >= 0x80);

            return Encoding.UTF8.GetString(_data.Slice(position, length));
        }
    }
}
