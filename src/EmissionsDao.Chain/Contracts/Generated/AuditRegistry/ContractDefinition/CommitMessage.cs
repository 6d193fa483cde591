using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class CommitMessage : CommitMessageBase { }

    public class CommitMessageBase
    {
        [Parameter("uint256", "requestId", 1)]
        public virtual BigInteger RequestId { get; set; }
        [Parameter("address", "auditor", 2)]
        public virtual string Auditor { get; set; }
        [Parameter("bytes32", "commitment", 3)]
        public virtual byte[] Commitment { get; set; }
        [Parameter("uint256", "nonce", 4)]
        public virtual BigInteger Nonce { get; set; }
        [Parameter("uint256", "deadline", 5)]
        public virtual BigInteger Deadline { get; set; }
    }
}
