using EmissionsDao.Core.Calculation;
using EmissionsDao.Core.Import;

namespace EmissionsDao.Web.Components.Audits;

/// <summary>An uploaded file whose every row is valid, with its calculation.</summary>
public sealed record ImportedActivityFile(string FileName, ImportResult.Succeeded Import, CalculationResult Calculation);
