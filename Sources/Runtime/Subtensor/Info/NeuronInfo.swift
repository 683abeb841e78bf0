import Primitives
import RuntimeSupport
import SCALECodec
import Yuma

/// `NeuronInfo` / `NeuronInfoLite` (`neuron_info.rs`): one neuron as the info RPCs and runtime
/// APIs return it. The lite form omits weights and bonds.
public struct NeuronInfo: Equatable, Sendable, SCALEEncodable {
    public var hotkey: AccountID
    public var coldkey: AccountID
    public var uid: UInt16
    public var netuid: UInt16
    public var active: Bool
    public var axon: AxonInfo
    public var prometheus: PrometheusInfo
    /// `Stake[hotkey]` by coldkey, zeros included, in storage order.
    public var stake: [(coldkey: AccountID, amount: UInt64)]
    public var rank: UInt16
    public var emission: UInt64
    public var incentive: UInt16
    public var consensus: UInt16
    public var trust: UInt16
    public var validatorTrust: UInt16
    public var dividends: UInt16
    public var lastUpdate: UInt64
    public var validatorPermit: Bool
    /// Stored weights with zero values dropped (`nil` in the lite form).
    public var weights: [UIDValue]?
    public var bonds: [UIDValue]?
    public var pruningScore: UInt16

    public static func == (a: NeuronInfo, b: NeuronInfo) -> Bool { a.scaleEncoded() == b.scaleEncoded() }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(hotkey)
        encoder.encode(coldkey)
        encoder.encodeCompact(uid)
        encoder.encodeCompact(netuid)
        encoder.encode(active)
        encoder.encode(axon)
        encoder.encode(prometheus)
        encoder.encodeCompactLength(stake.count)
        for entry in stake {
            encoder.encode(entry.coldkey)
            encoder.encodeCompact(entry.amount)
        }
        encoder.encodeCompact(rank)
        encoder.encodeCompact(emission)
        encoder.encodeCompact(incentive)
        encoder.encodeCompact(consensus)
        encoder.encodeCompact(trust)
        encoder.encodeCompact(validatorTrust)
        encoder.encodeCompact(dividends)
        encoder.encodeCompact(lastUpdate)
        encoder.encode(validatorPermit)
        for pairs in [weights, bonds].compactMap({ $0 }) {
            encoder.encodeCompactLength(pairs.count)
            for pair in pairs {
                encoder.encodeCompact(pair.uid)
                encoder.encodeCompact(pair.value)
            }
        }
        encoder.encodeCompact(pruningScore)
    }

    /// The neuron at `uid` of `netuid`, or `nil` when the uid has no hotkey.
    public static func read(netuid: UInt16, uid: UInt16, lite: Bool, _ ctx: BlockContext) -> NeuronInfo? {
        let S = SubtensorStorage.self
        let state = ctx.storage
        guard let hotkey = S.keys.getIfPresent(netuid, uid, state) else { return nil }
        func at<T>(_ values: [T], _ fallback: T) -> T { Int(uid) < values.count ? values[Int(uid)] : fallback }
        let nonZero: ([UIDValue]) -> [UIDValue] = { $0.filter { $0.value != 0 } }
        return NeuronInfo(
            hotkey: hotkey, coldkey: S.owner.get(hotkey, state), uid: uid, netuid: netuid,
            active: at(S.active.get(netuid, state), false),
            axon: S.axons.get(netuid, hotkey, state), prometheus: S.prometheus.get(netuid, hotkey, state),
            stake: S.stake.entries(prefix: hotkey, state).map { ($0.key, $0.value) },
            rank: at(S.rank.get(netuid, state), 0), emission: at(S.emission.get(netuid, state), 0),
            incentive: at(S.incentive.get(netuid, state), 0), consensus: at(S.consensus.get(netuid, state), 0),
            trust: at(S.trust.get(netuid, state), 0), validatorTrust: at(S.validatorTrust.get(netuid, state), 0),
            dividends: at(S.dividends.get(netuid, state), 0), lastUpdate: at(S.lastUpdate.get(netuid, state), 0),
            validatorPermit: at(S.validatorPermit.get(netuid, state), false),
            weights: lite ? nil : nonZero(S.weights.get(netuid, uid, state)),
            bonds: lite ? nil : nonZero(S.bonds.get(netuid, uid, state)),
            pruningScore: at(S.pruningScores.get(netuid, state), 0))
    }

    /// Every neuron of `netuid`, uid 0 upwards, stopping at the first uid without a hotkey.
    public static func all(netuid: UInt16, lite: Bool, _ ctx: BlockContext) -> [NeuronInfo] {
        guard SubtensorModule.networkExists(netuid, ctx) else { return [] }
        var result: [NeuronInfo] = []
        let n = SubtensorStorage.subnetworkN.get(netuid, ctx.storage)
        for uid in 0..<n {
            guard let neuron = read(netuid: netuid, uid: uid, lite: lite, ctx) else { break }
            result.append(neuron)
        }
        return result
    }
}
