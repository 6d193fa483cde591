using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class AuditRequest : AuditRequestBase { }

    public class AuditRequestBase
    {
        [Parameter("address", "requester", 1)]
        public virtual string Requester { get; set; }
        [Parameter("bytes32", "subjectKey", 2)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("uint32", "periodStart", 3)]
        public virtual uint PeriodStart { get; set; }
        [Parameter("uint32", "periodEnd", 4)]
        public virtual uint PeriodEnd { get; set; }
        [Parameter("bytes32", "activityHash", 5)]
        public virtual byte[] ActivityHash { get; set; }
        [Parameter("bytes32", "factorSetHash", 6)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("bytes32[]", "documentHashes", 7)]
        public virtual List<byte[]> DocumentHashes { get; set; }
        [Parameter("uint256", "fee", 8)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint256", "nonce", 9)]
        public virtual BigInteger Nonce { get; set; }
        [Parameter("uint256", "deadline", 10)]
        public virtual BigInteger Deadline { get; set; }
    }
}
