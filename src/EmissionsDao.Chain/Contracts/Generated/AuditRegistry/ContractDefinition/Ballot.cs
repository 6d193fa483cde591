using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class Ballot : BallotBase { }

    public class BallotBase
    {
        [Parameter("address", "auditor", 1)]
        public virtual string Auditor { get; set; }
        [Parameter("uint8", "state", 2)]
        public virtual byte State { get; set; }
        [Parameter("bytes32", "commitment", 3)]
        public virtual byte[] Commitment { get; set; }
        [Parameter("bool", "issue", 4)]
        public virtual bool Issue { get; set; }
        [Parameter("uint256", "grams", 5)]
        public virtual BigInteger Grams { get; set; }
        [Parameter("bytes32", "factorSetHash", 6)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("uint16", "reasonCode", 7)]
        public virtual ushort ReasonCode { get; set; }
    }
}
