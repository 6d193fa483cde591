using System.Text;
using System.Text.RegularExpressions;

namespace EmissionsDao.Benchmarks.Circuits;

public enum NodeKind
{
    Element,
    Text,
    Markup,

    /// <summary>Where a component's output goes (a logical container, as in blazor.web.js).</summary>
    Component,
}

public sealed partial class DomNode(NodeKind kind, string? name = null, string? text = null)
{
    public NodeKind Kind { get; } = kind;

    /// <summary>Tag name of an element.</summary>
    public string? Name { get; } = name;

    /// <summary>Content of a text or markup node.</summary>
    public string? Text { get; set; } = text;

    public Dictionary<string, string?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Event name ("click") to the renderer's event handler id.</summary>
    public Dictionary<string, ulong> Events { get; } = new(StringComparer.Ordinal);

    public List<DomNode> Children { get; } = [];

    public DomNode? Parent { get; set; }

    /// <summary>The component that rendered this node (whose diff created it).</summary>
    public int RenderingComponentId { get; init; }

    public string? Attribute(string attributeName) => Attributes.GetValueOrDefault(attributeName);

    public IEnumerable<DomNode> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }

    public string TextContent()
    {
        var text = new StringBuilder();
        AppendText(this, text);
        return text.ToString();

        static void AppendText(DomNode node, StringBuilder text)
        {
            if (node.Kind == NodeKind.Text)
            {
                text.Append(node.Text);
            }
            else if (node.Kind == NodeKind.Markup)
            {
                text.Append(Tags().Replace(node.Text ?? string.Empty, string.Empty));
            }

            foreach (var child in node.Children)
            {
                AppendText(child, text);
            }
        }
    }

    public void Insert(int index, DomNode child)
    {
        child.Parent = this;
        Children.Insert(index, child);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}

/// <summary>
/// The page as a browser running blazor.web.js would hold it: render batches applied edit by edit (BrowserRenderer.ts),
/// so that the client knows which element carries which event handler id, and what the page shows.
/// </summary>
public sealed class LogicalDom
{
    private readonly Dictionary<int, DomNode> _componentContainers = [];
    private readonly List<DomNode> _roots = [];

    public IEnumerable<DomNode> Nodes => _roots.SelectMany(r => r.Descendants());

    public void AttachRootComponent(int componentId)
    {
        var container = new DomNode(NodeKind.Component) { RenderingComponentId = componentId };
        _roots.Add(container);
        _componentContainers[componentId] = container;
    }

    public void Apply(RenderBatch batch)
    {
        foreach (var diff in batch.UpdatedComponents)
        {
            if (!_componentContainers.TryGetValue(diff.ComponentId, out var container))
            {
                throw new InvalidOperationException($"The batch updates component {diff.ComponentId}, which has no place on the page.");
            }

            ApplyEdits(batch, diff, container);
        }

        foreach (var disposed in batch.DisposedComponentIds)
        {
            _componentContainers.Remove(disposed);
        }
    }

    private void ApplyEdits(RenderBatch batch, ComponentDiff diff, DomNode parent)
    {
        List<(int From, int To)>? permutation = null;
        foreach (var edit in diff.Edits)
        {
            switch (edit.Type)
            {
                case EditType.PrependFrame:
                    InsertFrame(batch, diff.ComponentId, parent, edit.SiblingIndex, edit.NewTreeIndex);
                    break;
                case EditType.RemoveFrame:
                    parent.Children.RemoveAt(edit.SiblingIndex);
                    break;
                case EditType.SetAttribute:
                    ApplyAttribute(parent.Children[edit.SiblingIndex], batch.ReferenceFrames[edit.NewTreeIndex]);
                    break;
                case EditType.RemoveAttribute:
                    var element = parent.Children[edit.SiblingIndex];
                    element.Attributes.Remove(edit.RemovedAttributeName!);
                    if (edit.RemovedAttributeName!.StartsWith("on", StringComparison.Ordinal))
                    {
                        element.Events.Remove(edit.RemovedAttributeName[2..]);
                    }

                    break;
                case EditType.UpdateText:
                case EditType.UpdateMarkup:
                    parent.Children[edit.SiblingIndex].Text = batch.ReferenceFrames[edit.NewTreeIndex].Value;
                    break;
                case EditType.StepIn:
                    parent = parent.Children[edit.SiblingIndex];
                    break;
                case EditType.StepOut:
                    parent = parent.Parent!;
                    break;
                case EditType.PermutationListEntry:
                    (permutation ??= []).Add((edit.SiblingIndex, edit.NewTreeIndex));
                    break;
                case EditType.PermutationListEnd:
                    var moved = permutation!.Select(p => (Node: parent.Children[p.From], p.To)).ToList();
                    foreach (var (node, to) in moved)
                    {
                        parent.Children[to] = node;
                    }

                    permutation = null;
                    break;
                default:
                    throw new InvalidOperationException($"Unknown edit type {edit.Type}.");
            }
        }
    }

    /// <returns>How many logical children the frame became.</returns>
    private int InsertFrame(RenderBatch batch, int componentId, DomNode parent, int childIndex, int frameIndex)
    {
        var frame = batch.ReferenceFrames[frameIndex];
        switch (frame.Type)
        {
            case FrameType.Element:
                var element = new DomNode(NodeKind.Element, frame.Name) { RenderingComponentId = componentId };
                parent.Insert(childIndex, element);
                var end = frameIndex + frame.SubtreeLength;
                var child = frameIndex + 1;
                for (; child < end && batch.ReferenceFrames[child].Type == FrameType.Attribute; child++)
                {
                    ApplyAttribute(element, batch.ReferenceFrames[child]);
                }

                InsertFrameRange(batch, componentId, element, 0, child, end);
                return 1;
            case FrameType.Text:
                parent.Insert(childIndex, new DomNode(NodeKind.Text, text: frame.Value) { RenderingComponentId = componentId });
                return 1;
            case FrameType.Markup:
                parent.Insert(childIndex, new DomNode(NodeKind.Markup, text: frame.Value) { RenderingComponentId = componentId });
                return 1;
            case FrameType.Component:
                var container = new DomNode(NodeKind.Component) { RenderingComponentId = frame.ComponentId };
                parent.Insert(childIndex, container);
                _componentContainers[frame.ComponentId] = container;
                return 1;
            case FrameType.Region:
                return InsertFrameRange(batch, componentId, parent, childIndex, frameIndex + 1, frameIndex + frame.SubtreeLength);
            case FrameType.ElementReferenceCapture or FrameType.NamedEvent:
                return 0;
            default:
                throw new InvalidOperationException($"A {frame.Type} frame cannot be inserted.");
        }
    }

    private int InsertFrameRange(RenderBatch batch, int componentId, DomNode parent, int childIndex, int start, int endExclusive)
    {
        var first = childIndex;
        for (var index = start; index < endExclusive; index++)
        {
            var frame = batch.ReferenceFrames[index];
            childIndex += InsertFrame(batch, componentId, parent, childIndex, index);
            if (frame.Type is FrameType.Element or FrameType.Component or FrameType.Region)
            {
                index += frame.SubtreeLength - 1;
            }
        }

        return childIndex - first;
    }

    private static void ApplyAttribute(DomNode element, RenderFrame attribute)
    {
        if (attribute.EventHandlerId != 0)
        {
            element.Events[attribute.Name!.StartsWith("on", StringComparison.Ordinal) ? attribute.Name[2..] : attribute.Name] = attribute.EventHandlerId;
        }
        else if (attribute.Value is null)
        {
            element.Attributes.Remove(attribute.Name!);
        }
        else
        {
            element.Attributes[attribute.Name!] = attribute.Value;
        }
    }
}
