using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class Request : RequestBase { }

    public class RequestBase
    {
        [Parameter("address", "requester", 1)]
        public virtual string Requester { get; set; }
        [Parameter("uint32", "periodStart", 2)]
        public virtual uint PeriodStart { get; set; }
        [Parameter("uint32", "periodEnd", 3)]
        public virtual uint PeriodEnd { get; set; }
        [Parameter("uint8", "status", 4)]
        public virtual byte Status { get; set; }
        [Parameter("uint8", "panelSize", 5)]
        public virtual byte PanelSize { get; set; }
        [Parameter("uint8", "committedMask", 6)]
        public virtual byte CommittedMask { get; set; }
        [Parameter("uint8", "revealedMask", 7)]
        public virtual byte RevealedMask { get; set; }
        [Parameter("bytes32", "subjectKey", 8)]
        public virtual byte[] SubjectKey { get; set; }
        [Parameter("bytes32", "factorSetHash", 9)]
        public virtual byte[] FactorSetHash { get; set; }
        [Parameter("uint96", "fee", 10)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint32", "commitDeadline", 11)]
        public virtual uint CommitDeadline { get; set; }
        [Parameter("uint32", "revealDeadline", 12)]
        public virtual uint RevealDeadline { get; set; }
        [Parameter("uint64", "recordId", 13)]
        public virtual ulong RecordId { get; set; }
        [Parameter("uint16", "reasonCode", 14)]
        public virtual ushort ReasonCode { get; set; }
        [Parameter("uint16", "feeTokenIndex", 15)]
        public virtual ushort FeeTokenIndex { get; set; }
    }
}
