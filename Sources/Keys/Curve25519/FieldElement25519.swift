/// An element of GF(2^255 − 19) in five unsigned 51-bit limbs (radix 2^51), the arithmetic
/// under the variable-time Edwards25519/ristretto255 code used for signature verification.
///
/// Limbs may exceed 51 bits between reductions; `multiplied(by:)` and `squared()` accept limbs
/// below 2^54 and return limbs below 2^52. Only public data goes through this type: it is not
/// constant time.

struct FieldElement25519: Sendable {
    var l0: UInt64
    var l1: UInt64
    var l2: UInt64
    var l3: UInt64
    var l4: UInt64

    static let mask: UInt64 = (1 << 51) - 1

    @inline(__always)
    init(_ l0: UInt64, _ l1: UInt64, _ l2: UInt64, _ l3: UInt64, _ l4: UInt64) {
        self.l0 = l0
        self.l1 = l1
        self.l2 = l2
        self.l3 = l3
        self.l4 = l4
    }

    static let zero = FieldElement25519(0, 0, 0, 0, 0)
    static let one = FieldElement25519(1, 0, 0, 0, 0)

    /// Loads 32 little-endian bytes, ignoring bit 255.
    init(bytes: [UInt8]) {
        precondition(bytes.count == 32)
        var w = [UInt64](repeating: 0, count: 4)
        for i in 0..<32 { w[i / 8] |= UInt64(bytes[i]) << UInt64(8 * (i % 8)) }
        let m = Self.mask
        self.init(
            w[0] & m,
            ((w[0] >> 51) | (w[1] << 13)) & m,
            ((w[1] >> 38) | (w[2] << 26)) & m,
            ((w[2] >> 25) | (w[3] << 39)) & m,
            (w[3] >> 12) & m)
    }

    /// Loads a constant given as 64 hex digits (little-endian bytes).
    init(hexLittleEndian hex: String) {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        self.init(bytes: bytes)
    }

    /// The canonical 32-byte little-endian encoding (fully reduced modulo p).
    var bytes: [UInt8] {
        var r = self.carried()
        // q = 1 exactly when the value is ≥ p.
        var q = (r.l0 &+ 19) >> 51
        q = (r.l1 &+ q) >> 51
        q = (r.l2 &+ q) >> 51
        q = (r.l3 &+ q) >> 51
        q = (r.l4 &+ q) >> 51
        r.l0 &+= 19 &* q
        r.l1 &+= r.l0 >> 51
        r.l0 &= Self.mask
        r.l2 &+= r.l1 >> 51
        r.l1 &= Self.mask
        r.l3 &+= r.l2 >> 51
        r.l2 &= Self.mask
        r.l4 &+= r.l3 >> 51
        r.l3 &= Self.mask
        r.l4 &= Self.mask
        let w0 = r.l0 | (r.l1 << 51)
        let w1 = (r.l1 >> 13) | (r.l2 << 38)
        let w2 = (r.l2 >> 26) | (r.l3 << 25)
        let w3 = (r.l3 >> 39) | (r.l4 << 12)
        var out = [UInt8](repeating: 0, count: 32)
        for (i, w) in [w0, w1, w2, w3].enumerated() {
            for j in 0..<8 { out[i * 8 + j] = UInt8(truncatingIfNeeded: w >> UInt64(8 * j)) }
        }
        return out
    }

    /// Whether the canonical encoding is odd (RFC 9496's IS_NEGATIVE).
    var isNegative: Bool { bytes[0] & 1 == 1 }

    /// Whether the element is zero modulo p.
    var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// Equality modulo p.
    func equals(_ other: FieldElement25519) -> Bool { bytes == other.bytes }

    /// `|x|`: the non-negative one of `x` and `−x`.
    var absolute: FieldElement25519 { isNegative ? negated() : self }
}
