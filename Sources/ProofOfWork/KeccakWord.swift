/// A 64-bit Keccak lane, or a vector of lanes from independent Keccak states.
protocol KeccakWord {
    init(splat value: UInt64)
    static func ^ (a: Self, b: Self) -> Self
    /// `~self & other`, the χ step's term.
    func andNot(_ other: Self) -> Self
    /// Rotation left by `count` (1 ... 63).
    func rotatedLeft(_ count: UInt64) -> Self
}

extension UInt64: KeccakWord {
    @inline(__always) init(splat value: UInt64) { self = value }
    @inline(__always) func andNot(_ other: UInt64) -> UInt64 { ~self & other }
    @inline(__always) func rotatedLeft(_ count: UInt64) -> UInt64 { (self &<< count) | (self &>> (64 &- count)) }
}

extension SIMD4<UInt64>: KeccakWord {
    @inline(__always) init(splat value: UInt64) { self.init(repeating: value) }
    @inline(__always) func andNot(_ other: Self) -> Self { ~self & other }
    @inline(__always) func rotatedLeft(_ count: UInt64) -> Self { (self &<< count) | (self &>> (64 &- count)) }
}
