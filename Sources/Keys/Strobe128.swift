import Hashing

/// The subset of STROBE-128 (v1.0.2) that Merlin transcripts use: `meta_ad`, `ad`, `prf` and
/// `key` over a Keccak-f[1600] sponge with rate 166.
///
/// A value type: copying it forks the transcript state, which is how witness RNGs are built.
struct Strobe128: Sendable {
    static let rate = 166
    static let flagI: UInt8 = 1
    static let flagA: UInt8 = 2
    static let flagC: UInt8 = 4
    static let flagM: UInt8 = 16
    static let flagK: UInt8 = 32

    private var state = KeccakF1600()
    private var position = 0
    private var positionBegin = 0
    private var currentFlags: UInt8 = 0

    /// Starts a STROBE-128 instance for `protocolLabel`.
    init(protocolLabel: [UInt8]) {
        let header: [UInt8] = [1, UInt8(Self.rate + 2), 1, 0, 1, 96] + Array("STROBEv1.0.2".utf8)
        for (i, b) in header.enumerated() { state[byte: i] = b }
        state.permute()
        metaAD(protocolLabel, more: false)
    }

    private mutating func runF() {
        state.xorByte(position, UInt8(truncatingIfNeeded: positionBegin))
        state.xorByte(position + 1, 0x04)
        state.xorByte(Self.rate + 1, 0x80)
        state.permute()
        position = 0
        positionBegin = 0
    }

    private mutating func absorb<C: Collection>(_ data: C) where C.Element == UInt8 {
        for b in data {
            state.xorByte(position, b)
            position += 1
            if position == Self.rate { runF() }
        }
    }

    private mutating func overwrite<C: Collection>(_ data: C) where C.Element == UInt8 {
        for b in data {
            state[byte: position] = b
            position += 1
            if position == Self.rate { runF() }
        }
    }

    private mutating func squeeze(into out: inout [UInt8], count: Int) {
        for _ in 0..<count {
            out.append(state[byte: position])
            state[byte: position] = 0
            position += 1
            if position == Self.rate { runF() }
        }
    }

    private mutating func beginOp(_ flags: UInt8, more: Bool) {
        if more {
            precondition(currentFlags == flags, "STROBE: continued operation with different flags")
            return
        }
        let old = positionBegin
        positionBegin = position + 1
        currentFlags = flags
        absorb([UInt8(truncatingIfNeeded: old), flags])
        if flags & (Self.flagC | Self.flagK) != 0 && position != 0 { runF() }
    }

    /// Absorbs framing metadata.
    mutating func metaAD<C: Collection>(_ data: C, more: Bool) where C.Element == UInt8 {
        beginOp(Self.flagM | Self.flagA, more: more)
        absorb(data)
    }

    /// Absorbs associated data.
    mutating func ad<C: Collection>(_ data: C, more: Bool) where C.Element == UInt8 {
        beginOp(Self.flagA, more: more)
        absorb(data)
    }

    /// Squeezes `count` pseudo-random bytes.
    mutating func prf(_ count: Int, more: Bool) -> [UInt8] {
        beginOp(Self.flagI | Self.flagA | Self.flagC, more: more)
        var out: [UInt8] = []
        out.reserveCapacity(count)
        squeeze(into: &out, count: count)
        return out
    }

    /// Rekeys the state with `data`.
    mutating func key<C: Collection>(_ data: C, more: Bool) where C.Element == UInt8 {
        beginOp(Self.flagA | Self.flagC, more: more)
        overwrite(data)
    }
}
