import Primitives
import RuntimeSupport
import SCALECodec

/// `DelegateInfo` (`delegate_info.rs`): a delegate hotkey, its take, nominators and returns.
public struct DelegateInfo: Equatable, Sendable, SCALEEncodable {
    public var delegate: AccountID
    public var take: UInt16
    /// Nominators with stake > 0, in storage order.
    public var nominators: [(AccountID, UInt64)]
    public var owner: AccountID
    public var registrations: [UInt16]
    public var validatorPermits: [UInt16]
    public var returnPer1000: UInt64
    public var totalDailyReturn: UInt64

    /// `U64F64::from_num(0.82)`: the share of returns nominators see after the default take.
    static let nominatorShare = U64F64(bits: 15_126_330_140_441_831_424)

    public static func == (a: DelegateInfo, b: DelegateInfo) -> Bool { a.scaleEncoded() == b.scaleEncoded() }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(delegate)
        encoder.encodeCompact(take)
        encoder.encodeCompactLength(nominators.count)
        for (account, stake) in nominators {
            encoder.encode(account)
            encoder.encodeCompact(stake)
        }
        encoder.encode(owner)
        encoder.encodeCompactLength(registrations.count)
        for netuid in registrations { encoder.encodeCompact(netuid) }
        encoder.encodeCompactLength(validatorPermits.count)
        for netuid in validatorPermits { encoder.encodeCompact(netuid) }
        encoder.encodeCompact(returnPer1000)
        encoder.encodeCompact(totalDailyReturn)
    }

    /// The delegate `hotkey`'s info, or `nil` if it is not a delegate.
    public static func read(_ hotkey: AccountID, _ ctx: BlockContext) -> DelegateInfo? {
        let S = SubtensorStorage.self
        let state = ctx.storage
        guard let take = S.delegates.getIfPresent(hotkey, state) else { return nil }
        let registrations = SubtensorModule.registeredNetworks(of: hotkey, ctx)
        var permits: [UInt16] = []
        var emissionPerDay = U64F64.zero
        for netuid in registrations {
            guard let uid = S.uids.getIfPresent(netuid, hotkey, state) else { continue }
            let permit = S.validatorPermit.get(netuid, state)
            if Int(uid) < permit.count, permit[Int(uid)] { permits.append(netuid) }
            let emission = S.emission.get(netuid, state)
            let tempo = S.tempo.get(netuid, state)
            if Int(uid) < emission.count, tempo > 0 {
                emissionPerDay = emissionPerDay + U64F64(emission[Int(uid)]) * (U64F64(7200) / U64F64(tempo))
            }
        }
        let totalStake = S.totalHotkeyStake.get(hotkey, state)
        let returnPer1000: UInt64 = totalStake == 0 ? 0
            : (emissionPerDay * nominatorShare / (U64F64(totalStake) / U64F64(1000))).toNum(UInt64.self)
        return DelegateInfo(
            delegate: hotkey, take: take,
            nominators: S.stake.entries(prefix: hotkey, state).filter { $0.value > 0 }.map { ($0.key, $0.value) },
            owner: S.owner.get(hotkey, state), registrations: registrations, validatorPermits: permits,
            returnPer1000: returnPer1000, totalDailyReturn: emissionPerDay.toNum(UInt64.self))
    }

    /// Every delegate, in `Delegates` storage order.
    public static func all(_ ctx: BlockContext) -> [DelegateInfo] {
        SubtensorStorage.delegates.entries(ctx.storage).compactMap { read($0.key, ctx) }
    }

    /// The delegates `coldkey` has stake with, and that stake.
    public static func delegated(by coldkey: AccountID, _ ctx: BlockContext) -> [(DelegateInfo, UInt64)] {
        all(ctx).compactMap { info in
            let stake = SubtensorStorage.stake.get(info.delegate, coldkey, ctx.storage)
            return stake > 0 ? (info, stake) : nil
        }
    }
}

/// `StakeInfo`: one (hotkey, coldkey, stake) entry of a coldkey.
public struct StakeInfo: Equatable, Sendable, SCALEEncodable {
    public var hotkey: AccountID
    public var coldkey: AccountID
    public var stake: UInt64

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(hotkey)
        encoder.encode(coldkey)
        encoder.encodeCompact(stake)
    }

    /// Every stake `coldkey` holds (a scan of `Stake`, as the chain does).
    public static func of(_ coldkey: AccountID, _ ctx: BlockContext) -> [StakeInfo] {
        let prefix = SubtensorStorage.stake.prefix
        return ctx.storage.keys(withPrefix: prefix).compactMap { key in
            guard key.count == prefix.count + 16 + 32 + 32, Array(key.suffix(32)) == coldkey.bytes,
                  let hotkey = AccountID(bytes: Array(key[(prefix.count + 16)..<(prefix.count + 48)]))
            else { return nil }
            return StakeInfo(hotkey: hotkey, coldkey: coldkey, stake: SubtensorStorage.stake.get(hotkey, coldkey, ctx.storage))
        }
    }
}
