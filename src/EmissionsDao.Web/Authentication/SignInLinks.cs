using Microsoft.AspNetCore.Components;

namespace EmissionsDao.Web.Authentication;

public static class SignInLinks
{
    public const string SignInPath = "/signin";

    /// <summary>The sign-in page, coming back to the current page afterwards.</summary>
    public static string To(NavigationManager navigation)
    {
        var here = "/" + navigation.ToBaseRelativePath(navigation.Uri);
        return here.StartsWith(SignInPath, StringComparison.OrdinalIgnoreCase)
            ? SignInPath
            : $"{SignInPath}?returnUrl={Uri.EscapeDataString(here)}";
    }

    /// <summary>A return address that stays on this portal: a local path, or the home page.</summary>
    public static string SafeReturnPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.Any(char.IsControl) && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
