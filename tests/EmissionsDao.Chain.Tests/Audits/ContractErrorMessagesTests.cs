using EmissionsDao.Chain.Audits;
using EmissionsDao.Chain.Contracts.Generated.EmissionsRecords.ContractDefinition;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace EmissionsDao.Chain.Tests.Audits;

/// <summary>The relayer's error table covers every custom error the audit contracts and the fee token can raise.</summary>
public sealed class ContractErrorMessagesTests
{
    [Fact]
    public void Every_custom_error_of_the_audit_contracts_has_a_sentence()
    {
        var missing = ContractErrorMessages.KnownErrors.Select(e => e.Name).Where(n => !ContractErrorMessages.ByErrorName.ContainsKey(n)).Order().ToList();

        Assert.True(missing.Count == 0, "errors without a sentence in ContractErrorMessages: " + string.Join(", ", missing));
        Assert.True(ContractErrorMessages.KnownErrors.Count >= 60);
    }

    [Fact]
    public void Every_sentence_belongs_to_a_known_error_and_names_only_its_parameters()
    {
        var known = ContractErrorMessages.KnownErrors.ToDictionary(e => e.Name);
        foreach (var (name, sentence) in ContractErrorMessages.ByErrorName)
        {
            Assert.True(known.ContainsKey(name), $"{name} is not an error of the covered contracts");
            var parameters = known[name].InputParameters.Select(p => p.Name).ToHashSet();
            foreach (System.Text.RegularExpressions.Match placeholder in System.Text.RegularExpressions.Regex.Matches(sentence, @"\{(\w+)\}"))
            {
                Assert.Contains(placeholder.Groups[1].Value, parameters);
            }
        }
    }

    [Fact]
    public void Revert_data_decodes_to_a_sentence_with_the_arguments()
    {
        var error = ABITypedRegistry.GetError<PeriodOverlapError>();
        var data = "0x" + error.Sha3Signature + new ParametersEncoder().EncodeParameters(error.InputParameters, 7, 20_120u, 20_150u).ToHex();

        var decoded = ContractErrorMessages.Decode(data);

        Assert.Equal("PeriodOverlap", decoded.Name);
        Assert.Equal("The period overlaps record 7 of the same subject (days 20120 to 20150): emissions cannot be recorded twice.", decoded.Message);
        Assert.Equal("Unknown", ContractErrorMessages.Decode("0xdeadbeef").Name);
    }
}
