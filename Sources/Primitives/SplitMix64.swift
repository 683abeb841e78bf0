/// Sebastiano Vigna's SplitMix64: a tiny seeded generator whose sequence is the same on every
/// platform and release, so workloads, benchmarks and property tests replay from their seed.
///
/// Not for secrets: the state is the seed plus a counter.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose first output is the mix of `seed &+ 0x9E37_79B9_7F4A_7C15`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `next() % bound`: a value in `0..<bound`, slightly biased, but unlike
    /// `Int.random(in:using:)` fixed by this type alone.
    /// - Precondition: `bound > 0`.
    public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
