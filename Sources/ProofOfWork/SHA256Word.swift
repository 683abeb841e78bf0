/// A 32-bit word, or a vector of them, that the seal's SHA-256 runs on.
///
/// The same hand-unrolled SHA-256 serves one nonce (`UInt32`) and eight nonces at once
/// (`SIMD8<UInt32>`, one AVX2 register): every operation here is lane-wise.
protocol SHA256Word {
    init(splat value: UInt32)
    static func &+ (a: Self, b: Self) -> Self
    static func ^ (a: Self, b: Self) -> Self
    static func & (a: Self, b: Self) -> Self
    static func | (a: Self, b: Self) -> Self
    /// Rotation right by `count` (1 ... 31).
    func rotatedRight(_ count: UInt32) -> Self
    /// Logical shift right by `count`.
    func shiftedRight(_ count: UInt32) -> Self
}

extension UInt32: SHA256Word {
    @inline(__always) init(splat value: UInt32) { self = value }
    @inline(__always) func rotatedRight(_ count: UInt32) -> UInt32 { (self &>> count) | (self &<< (32 &- count)) }
    @inline(__always) func shiftedRight(_ count: UInt32) -> UInt32 { self &>> count }
}

extension SIMD8<UInt32>: SHA256Word {
    @inline(__always) init(splat value: UInt32) { self.init(repeating: value) }
    @inline(__always) func rotatedRight(_ count: UInt32) -> Self { (self &>> count) | (self &<< (32 &- count)) }
    @inline(__always) func shiftedRight(_ count: UInt32) -> Self { self &>> count }
}
