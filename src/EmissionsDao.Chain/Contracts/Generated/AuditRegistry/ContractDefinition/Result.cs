using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class Result : ResultBase { }

    public class ResultBase
    {
        [Parameter("bool", "issue", 1)]
        public virtual bool Issue { get; set; }
        [Parameter("uint256", "grams", 2)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("bytes32", "factorSetHash", 3)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("uint16", "reasonCode", 4)]
        public virtual ushort ReasonCode { get; set; }
        [Parameter("bytes32", "salt", 5)]
        public virtual byte[] Salt { get; set; }
    }
}
