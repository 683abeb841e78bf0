/// How a seal, read as a 256-bit number, is checked against the subnet's difficulty.
///
/// The check multiplies the number by the difficulty and asks whether the product fits in
/// 256 bits; the variants differ in byte order and by one at the limit:
///
/// | rule | number | accepts when | who |
/// |---|---|---|---|
/// | `chain` | big-endian | `seal × difficulty ≤ 2²⁵⁶ − 1` (no overflow) | subtensor through v3.1.5, the 2023 Finney runtime |
/// | `sdk` | big-endian | `seal × difficulty < 2²⁵⁶ − 1` | the bittensor SDK's `_seal_meets_difficulty` |
/// | `littleEndianChain` | little-endian | no overflow | subtensor v3.1.6 and later (`U256::from_little_endian`) |
///
/// Every seal `sdk` accepts, `chain` accepts too. `littleEndianChain` is a different set: a seal
/// solved for one byte order almost never passes the other.
public enum DifficultyRule: Sendable, Hashable, CaseIterable {
    /// subtensor's `hash_meets_difficulty` up to v3.1.5 (`U256::from(&[u8])` is big-endian in
    /// `uint` ≤ 0.9, then `overflowing_mul`): the rule of the chain this project reimplements.
    case chain
    /// The SDK's `int.from_bytes(seal, "big") * difficulty < 2**256 - 1`: one stricter at the limit.
    case sdk
    /// subtensor from v3.1.6 (commit `aedad2e8e`, 2025): the seal read little-endian, no overflow.
    case littleEndianChain

    /// Whether the seal's bytes are read most significant first.
    var isBigEndian: Bool { self != .littleEndianChain }
}
