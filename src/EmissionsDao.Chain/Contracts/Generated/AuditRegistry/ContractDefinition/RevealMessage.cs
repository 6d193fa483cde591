using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class RevealMessage : RevealMessageBase { }

    public class RevealMessageBase
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("address", "auditor", 2)]
        public virtual string Auditor { get; set; }
        [Parameter("bool", "issue", 3)]
        public virtual bool Issue { get; set; }
        [Parameter("uint256", "grams", 4)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("bytes32", "factorSetHash", 5)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("uint16", "reasonCode", 6)]
        public virtual ushort ReasonCode { get; set; }
        [Parameter("bytes32", "salt", 7)]
        public virtual byte[] Salt { get; set; }
        [Parameter("uint256", "nonce", 8)]
        public virtual BigInteger Nonce { get; set; }
        [Parameter("uint256", "deadline", 9)]
        public virtual BigInteger Deadline { get; set; }
    }
}
