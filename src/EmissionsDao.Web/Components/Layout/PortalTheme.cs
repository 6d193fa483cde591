using MudBlazor;

namespace EmissionsDao.Web.Components.Layout;

public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2e7d32",
            Secondary = "#00695c",
            AppbarBackground = "#1b5e20",
        },
    };
}
