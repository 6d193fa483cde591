using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace EmissionsDao.Chain.Contracts.Generated.AuditRegistry.ContractDefinition
{
    public partial class Parameters : ParametersBase { }

    public class ParametersBase
    {
        [Parameter("uint96", "fee", 1)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint8", "panelSize", 2)]
        public virtual byte PanelSize { get; set; }
        [Parameter("bool", "alwaysVote", 3)]
        public virtual bool AlwaysVote { get; set; }
        [Parameter("uint16", "dispersionThresholdBps", 4)]
        public virtual ushort DispersionThresholdBps { get; set; }
        [Parameter("uint16", "coherenceToleranceBps", 5)]
        public virtual ushort CoherenceToleranceBps { get; set; }
        [Parameter("uint16", "protocolShareBps", 6)]
        public virtual ushort ProtocolShareBps { get; set; }
        [Parameter("uint16", "missPenaltyBps", 7)]
        public virtual ushort MissPenaltyBps { get; set; }
        [Parameter("uint32", "commitDuration", 8)]
        public virtual uint CommitDuration { get; set; }
        [Parameter("uint32", "revealDuration", 9)]
        public virtual uint RevealDuration { get; set; }
        [Parameter("uint96", "coherenceReward", 10)]
        public virtual BigInteger CoherenceReward { get; set; }
    }
}
