import SCALECodec
import Primitives
import RuntimeSupport

/// SubtensorModule (pallet 7): subnets, registration, staking and delegation, serving, weights,
/// and the block step that runs Yuma consensus and pays emission (spec 127, with the seed's
/// halving and validator hyperparameters).
public enum SubtensorModule {
    typealias S = SubtensorStorage

    static func ensure(_ condition: Bool, _ error: SubtensorError) throws(DispatchError) {
        if !condition { throw error.dispatchError }
    }

    /// Routes a call to its implementation.
    static func dispatch(_ call: SubtensorCall, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) -> PostDispatchInfo {
        switch call {
        case .setWeights(let netuid, let dests, let weights, let versionKey):
            try setWeights(origin: origin, netuid: netuid, uids: dests, values: weights, versionKey: versionKey, &ctx)
        case .becomeDelegate(let hotkey):
            try becomeDelegate(origin: origin, hotkey: hotkey, &ctx)
        case .addStake(let hotkey, let amount):
            try addStake(origin: origin, hotkey: hotkey, amount: amount, &ctx)
        case .removeStake(let hotkey, let amount):
            try removeStake(origin: origin, hotkey: hotkey, amount: amount, &ctx)
        case .serveAxon(let netuid, let version, let ip, let port, let ipType, let proto, let p1, let p2):
            let info = AxonInfo(version: version, ip: ip, port: port, ipType: ipType, protocolNumber: proto, placeholder1: p1, placeholder2: p2)
            try serveAxon(origin: origin, netuid: netuid, info, &ctx)
        case .servePrometheus(let netuid, let version, let ip, let port, let ipType):
            try servePrometheus(origin: origin, netuid: netuid, PrometheusInfo(version: version, ip: ip, port: port, ipType: ipType), &ctx)
        case .register(let netuid, let blockNumber, let nonce, let work, let hotkey, let coldkey):
            try registerWithProofOfWork(
                origin: origin, netuid: netuid, blockNumber: blockNumber, nonce: nonce, work: work, hotkey: hotkey, coldkey: coldkey, &ctx)
        case .burnedRegister(let netuid, let hotkey):
            try burnedRegister(origin: origin, netuid: netuid, hotkey: hotkey, &ctx)
        case .sudoRegister(let netuid, let hotkey, let coldkey, let stake, let balance):
            try origin.ensureRoot()
            try sudoRegister(netuid: netuid, hotkey: hotkey, coldkey: coldkey, stake: stake, balance: balance, &ctx)
        case .sudoAddNetwork(let netuid, let tempo, let modality):
            try origin.ensureRoot()
            try addNetwork(netuid: netuid, tempo: tempo, modality: modality, &ctx)
        case .sudoRemoveNetwork(let netuid):
            try origin.ensureRoot()
            try removeNetwork(netuid: netuid, &ctx)
        case .sudoSetEmissionValues(let netuids, let emission):
            try origin.ensureRoot()
            try setEmissionValues(netuids: netuids, emission: emission, &ctx)
        case .sudoAddNetworkConnectionRequirement(let a, let b, let requirement):
            try origin.ensureRoot()
            try addConnectionRequirement(a, b, requirement, &ctx)
        case .sudoRemoveNetworkConnectionRequirement(let a, let b):
            try origin.ensureRoot()
            try removeConnectionRequirement(a, b, &ctx)
        default:
            try origin.ensureRoot()
            try setHyperparameter(call, &ctx)
        }
        return .unchanged
    }

    /// Declared dispatch info: every SubtensorModule call is free (`Pays::No`); sudo calls are
    /// operational.
    static func dispatchInfo(_ call: SubtensorCall) -> DispatchInfo {
        switch call {
        case .setWeights(_, let dests, _, _):
            return DispatchInfo(weight: Weight(refTime: 10_151_000_000 &+ UInt64(dests.count) * 2_000_000), paysFee: .no)
        case .becomeDelegate: return DispatchInfo(weight: Weight(refTime: 65_000_000), paysFee: .no)
        case .addStake, .removeStake: return DispatchInfo(weight: Weight(refTime: 65_000_000), paysFee: .no)
        case .serveAxon, .servePrometheus: return DispatchInfo(weight: Weight(refTime: 19_000_000), paysFee: .no)
        case .register: return DispatchInfo(weight: Weight(refTime: 91_000_000), paysFee: .no)
        case .burnedRegister: return DispatchInfo(weight: Weight(refTime: 91_000_000), paysFee: .no)
        default: return DispatchInfo(weight: Weight(refTime: 10_000_000), dispatchClass: .operational, paysFee: .no)
        }
    }

    // MARK: Shared lookups

    /// Whether `netuid` exists (`NetworksAdded`).
    public static func networkExists(_ netuid: UInt16, _ ctx: BlockContext) -> Bool { S.networksAdded.get(netuid, ctx.storage) }

    /// The hotkey's uid on `netuid`, or `nil`.
    public static func uid(of hotkey: AccountID, on netuid: UInt16, _ ctx: BlockContext) -> UInt16? {
        S.uids.getIfPresent(netuid, hotkey, ctx.storage)
    }

    /// Subnets where `IsNetworkMember[hotkey]` is set (stale entries of removed subnets included).
    public static func registeredNetworks(of hotkey: AccountID, _ ctx: BlockContext) -> [UInt16] {
        S.isNetworkMember.entries(prefix: hotkey, ctx.storage).filter(\.value).map(\.key)
    }

    /// Whether the hotkey is registered on any subnet.
    public static func isRegisteredOnAnyNetwork(_ hotkey: AccountID, _ ctx: BlockContext) -> Bool {
        !registeredNetworks(of: hotkey, ctx).isEmpty
    }

    /// Every netuid in `NetworksAdded`, in storage order.
    public static func networks(_ ctx: BlockContext) -> [UInt16] {
        S.networksAdded.entries(ctx.storage).filter(\.value).map(\.key)
    }
}
