import SCALECodec

/// A transaction's validity window (`sp_runtime::generic::Era`): immortal, or mortal for
/// `period` blocks starting at a block whose number is `phase` modulo `period`.
public enum Era: Equatable, Hashable, Sendable {
    case immortal
    /// `period` is a power of two in 4 ... 65536; `phase < period`.
    case mortal(period: UInt64, phase: UInt64)

    /// A mortal era of (at least) `period` blocks starting at block `current`, as clients make
    /// them: the period rounded up to a power of two and clamped to 4 ... 65536, the phase
    /// quantised to what the two-byte encoding can hold.
    public static func mortal(period requested: UInt64, current: UInt64) -> Era {
        let clamped = min(max(requested, 4), 1 << 16)
        var period: UInt64 = 4
        while period < clamped { period <<= 1 }
        let phase = current % period
        let quantizeFactor = max(period >> 12, 1)
        return .mortal(period: period, phase: phase / quantizeFactor * quantizeFactor)
    }

    /// The first block the transaction is valid in, for a chain at block `current`.
    public func birth(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: return 0
        case .mortal(let period, let phase):
            return (max(current, phase) - phase) / period * period + phase
        }
    }

    /// The first block the transaction is no longer valid in.
    public func death(current: UInt64) -> UInt64 {
        switch self {
        case .immortal: return .max
        case .mortal(let period, _): return birth(current: current) + period
        }
    }
}

extension Era: SCALECodable {
    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .immortal:
            encoder.appendByte(0)
        case .mortal(let period, let phase):
            let quantizeFactor = max(period >> 12, 1)
            let low = UInt16(min(15, max(1, period.trailingZeroBitCount - 1)))
            let encoded = low | (UInt16(phase / quantizeFactor) << 4)
            encoder.encode(encoded)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        let first = try decoder.readByte(decoding: Era.self)
        if first == 0 {
            self = .immortal
            return
        }
        let second = try decoder.readByte(decoding: Era.self)
        let encoded = UInt64(first) | UInt64(second) << 8
        let period: UInt64 = 2 << (encoded % (1 << 4))
        let quantizeFactor = max(period >> 12, 1)
        let phase = (encoded >> 4) * quantizeFactor
        guard period >= 4, phase < period else {
            throw decoder.invalidValue("period \(period), phase \(phase)", of: Era.self, at: decoder.offset - 2)
        }
        self = .mortal(period: period, phase: phase)
    }
}
