using System.Globalization;
using EmissionsDao.Chain.Audits;
using EmissionsDao.Core.Calculation;

namespace EmissionsDao.Web.Components.Audits;

/// <summary>An auditor's result as entered: grams (from kg via <see cref="EmissionsUnits.ToGrams"/>) and factor-set hash, or a decline.</summary>
public sealed record AuditorResultInput(bool Issue, long Grams, byte[] FactorSetHash, DeclineReason? Reason, string? ReasonText)
{
    /// <summary>Null and the input, or why the entry is not a result.</summary>
    public static string? TryCreate(bool issue, string? kg, string? factorSetHash, DeclineReason reason, string? reasonText, out AuditorResultInput? input)
    {
        input = null;
        if (!issue)
        {
            if (string.IsNullOrWhiteSpace(reasonText))
            {
                return "Explain the decline to the requester.";
            }

            input = new AuditorResultInput(false, 0, new byte[32], reason, reasonText.Trim());
            return null;
        }

        if (!decimal.TryParse(kg, NumberStyles.Number, CultureInfo.InvariantCulture, out var kilograms) || kilograms < 0)
        {
            return "Enter the audited total as a non-negative number of kg CO2e, e.g. 1234.567.";
        }

        var hex = factorSetHash?.Trim() ?? "";
        hex = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        if (hex.Length != 64 || !hex.All(Uri.IsHexDigit))
        {
            return "The factor-set hash is 0x followed by 64 hex digits.";
        }

        input = new AuditorResultInput(true, EmissionsUnits.ToGrams(kilograms), Convert.FromHexString(hex), null, null);
        return null;
    }
}
