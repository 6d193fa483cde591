using System.Globalization;
using System.Numerics;
using EmissionsDao.Chain.Audits;

namespace EmissionsDao.Web.Audits;

public static class AuditFormat
{
    public static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Integer grams as kg CO2e with three decimals, e.g. "1,234.567 kg CO2e".</summary>
    public static string Kg(BigInteger grams) => Kg((decimal)grams / 1000m);

    public static string Kg(decimal kg) => kg.ToString("#,0.###", CultureInfo.InvariantCulture) + " kg CO2e";

    public static string Tonnes(BigInteger grams) => ((decimal)grams / 1_000_000m).ToString("#,0.######", CultureInfo.InvariantCulture) + " t CO2e";

    public static string Hex(byte[] bytes) => "0x" + Convert.ToHexStringLower(bytes);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };

    public static string Step(AuditStep step) => step switch
    {
        AuditStep.Requested => "Requested",
        AuditStep.PanelDrawn => "Panel drawn",
        AuditStep.InfoRequested => "Info requested",
        AuditStep.Committed => "Committed",
        AuditStep.Revealed => "Revealed",
        AuditStep.Issued => "Issued",
        AuditStep.Declined => "Declined",
        AuditStep.Escalated => "Escalated to a DAO vote",
        AuditStep.Refunded => "Refunded",
        _ => step.ToString(),
    };

    public static string Reason(ushort code) => code switch
    {
        0 => "none",
        _ when Enum.IsDefined((DeclineReason)code) => (DeclineReason)code switch
        {
            DeclineReason.InsufficientEvidence => "Insufficient evidence",
            DeclineReason.InconsistentActivityData => "Inconsistent activity data",
            DeclineReason.FactorsNotApplicable => "Factors not applicable",
            DeclineReason.OutOfScope => "Out of scope",
            DeclineReason.ConflictOfInterest => "Conflict of interest",
            _ => code.ToString(CultureInfo.InvariantCulture),
        },
        _ => $"reason code {code}",
    };
}
