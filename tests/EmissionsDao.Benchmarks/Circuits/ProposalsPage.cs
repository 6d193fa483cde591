namespace EmissionsDao.Benchmarks.Circuits;

/// <summary>What a user does on /governance, read from the circuit's page: open the "Show" filter, pick a state.</summary>
public static class ProposalsPage
{
    public const string Path = "/governance";

    /// <summary>The filter values the load cycles through: each changes what the list shows.</summary>
    public static readonly IReadOnlyList<string> Filters = ["Active", "Pending", "All"];

    /// <summary>The circuit is live (InteractiveMarker) and the proposals are loaded.</summary>
    public static bool IsReady(LogicalDom dom) =>
        dom.Nodes.Any(n => n.Attribute("data-interactive") == "true")
        && dom.Nodes.Any(n => n.Attribute("data-testid") == "proposals" || (n.Attribute("class")?.Contains("mud-alert", StringComparison.Ordinal) == true));

    /// <summary>The mousedown handler of the "Show" select (its input control), which opens the list of states.</summary>
    public static ulong OpenFilterHandler(LogicalDom dom) =>
        dom.Nodes.First(n => n.Events.ContainsKey("mousedown") && n.Descendants().Any(d => d.Attribute("data-testid") == "proposal-filter")).Events["mousedown"];

    /// <summary>The click handler of the option <paramref name="state"/> in the open list, or null while it is not shown.</summary>
    public static ulong? OptionHandler(LogicalDom dom, string state) =>
        OpenPopovers(dom)
            .SelectMany(p => p.Descendants())
            .Where(n => n.Attribute("role") == "option" && n.Events.ContainsKey("click") && n.TextContent().Trim() == state)
            .Select(n => (ulong?)n.Events["click"])
            .FirstOrDefault();

    /// <summary>The filter shows <paramref name="state"/>, its list is closed, and so is every row not in that state.</summary>
    public static bool Shows(LogicalDom dom, string state)
    {
        var filter = dom.Nodes.FirstOrDefault(n => n.Attribute("data-testid") == "proposal-filter");
        if (filter is null || filter.TextContent().Trim() != state || OpenPopovers(dom).Any(p => p.Descendants().Any(n => n.Attribute("role") == "option")))
        {
            return false;
        }

        var chips = dom.Nodes.Where(n => n.Attribute("data-testid") == "proposal-state").Select(n => n.TextContent().Trim()).ToList();
        return state == "All" ? chips.Count > 0 : chips.All(chip => chip == state);
    }

    private static IEnumerable<DomNode> OpenPopovers(LogicalDom dom) =>
        dom.Nodes.Where(n => n.Attribute("class")?.Contains("mud-popover-open", StringComparison.Ordinal) == true);
}
