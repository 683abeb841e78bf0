import RuntimeSupport
import SCALECodec

/// `pallet_timestamp`: the block's time, set once per block by the mandatory inherent.
public enum Timestamp {
    public static let index: UInt8 = 2
    /// `MinimumPeriod`: half the 12 s slot.
    public static let minimumPeriod: UInt64 = 6000

    public static let now = StorageValue("Timestamp", "Now", default: UInt64(0))
    public static let didUpdate = StorageValue("Timestamp", "DidUpdate", default: false)

    /// Why the timestamp inherent was refused.
    public enum InherentError: Error, Equatable, Sendable {
        case setTwice
        case tooEarly(previous: UInt64, proposed: UInt64)
    }

    /// Applies `set(now)`: once a block, at least `minimumPeriod` after the previous block.
    static func set(_ moment: UInt64, origin: RuntimeOrigin, _ ctx: inout BlockContext) throws(DispatchError) {
        try origin.ensureNone()
        guard !didUpdate.get(ctx.storage) else { throw .other }
        let previous = now.get(ctx.storage)
        guard previous == 0 || moment >= previous &+ minimumPeriod else { throw .other }
        now.set(moment, in: &ctx.storage)
        didUpdate.set(true, in: &ctx.storage)
    }

    /// `on_finalize`: the flag is cleared; a block without the inherent is invalid.
    static func finalize(_ ctx: inout BlockContext) -> Bool {
        defer { didUpdate.remove(from: &ctx.storage) }
        return didUpdate.get(ctx.storage)
    }
}

/// `pallet_timestamp` calls.
public enum TimestampCall: Equatable, Sendable, SCALECodable {
    /// `set(now: Compact<u64>)`, milliseconds since the Unix epoch.
    case set(now: UInt64)

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .set(let now):
            encoder.encodeVariantIndex(0)
            encoder.encodeCompact(now)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        _ = try decoder.decodeVariantIndex(of: TimestampCall.self, allowed: 0...0)
        self = .set(now: try decoder.decodeCompact(as: UInt64.self))
    }
}
