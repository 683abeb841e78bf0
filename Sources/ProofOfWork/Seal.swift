/// A registration seal: `keccak256(sha256(nonce_le(8) ‖ keccak256(block_hash ‖ hotkey)))`.
///
/// This is subtensor's `create_seal_hash` (`registration.rs:496`) byte for byte: the nonce is
/// the `u64` as eight little-endian bytes (`U256::byte(0)` is the least significant), followed
/// by the 32-byte ``BlockAndHotkeyHash``; SHA-256 of those 40 bytes, then Keccak-256 (original
/// padding, not SHA3) of the 32-byte digest. The SDK's `_create_seal_hash` hashes the same 40
/// bytes after a round trip through hex.
///
/// Computing a seal allocates nothing: the hashes run on words held in locals.
public struct Seal: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes as four little-endian 64-bit words (bytes `8i ..< 8i + 8` in word `i`).
    let lanes: (UInt64, UInt64, UInt64, UInt64)

    init(lanes: (UInt64, UInt64, UInt64, UInt64)) { self.lanes = lanes }

    /// Wraps 32 bytes of submitted work; `nil` for any other length (the chain's
    /// `H256::from_slice` would trap on them).
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        func lane(_ i: Int) -> UInt64 {
            var value: UInt64 = 0
            for byte in bytes[(i * 8)..<(i * 8 + 8)].reversed() { value = value << 8 | UInt64(byte) }
            return value
        }
        lanes = (lane(0), lane(1), lane(2), lane(3))
    }

    /// The seal of `nonce` over a precomputed block-and-hotkey hash.
    /// - Complexity: one SHA-256 block and one Keccak-f[1600]; no allocation.
    public init(nonce: UInt64, blockAndHotkeyHash: BlockAndHotkeyHash) {
        self.init(lanes: SealHasher(blockAndHotkeyHash).lanes(nonce: nonce))
    }

    /// The seal of `nonce` for a 32-byte block hash and a 32-byte hotkey public key.
    /// - Precondition: both are exactly 32 bytes.
    public init(nonce: UInt64, blockHash: [UInt8], hotkey: [UInt8]) {
        self.init(nonce: nonce, blockAndHotkeyHash: BlockAndHotkeyHash(blockHash: blockHash, hotkey: hotkey))
    }

    /// The 32 bytes, as submitted in `register`'s `work` argument.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] {
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: lane >> UInt64(shift))) }
        }
        return out
    }

    /// The seal as a 256-bit number in the byte order `rule` reads it.
    func number(_ rule: DifficultyRule) -> UInt256 {
        rule.isBigEndian
            ? UInt256(high: lanes.0.byteSwapped, upper: lanes.1.byteSwapped, lower: lanes.2.byteSwapped, low: lanes.3.byteSwapped)
            : UInt256(high: lanes.3, upper: lanes.2, lower: lanes.1, low: lanes.0)
    }

    /// Whether the seal meets `difficulty` under `rule`, computed as the chain does: multiply and
    /// look at the overflow.
    ///
    /// The chain reads `Difficulty[netuid]` (a `u64`) into a `U256`; a difficulty of 0 accepts
    /// every seal. Defaults to the chain rule of the runtime this project reimplements.
    /// - Complexity: O(1), a handful of 64-bit multiplies.
    public func meetsDifficulty(_ difficulty: UInt64, rule: DifficultyRule = .chain) -> Bool {
        let (product, overflow) = number(rule).multipliedReportingOverflow(by: difficulty)
        if overflow { return false }
        return rule == .sdk ? product != .max : true
    }

    public static func == (a: Seal, b: Seal) -> Bool {
        a.lanes.0 == b.lanes.0 && a.lanes.1 == b.lanes.1 && a.lanes.2 == b.lanes.2 && a.lanes.3 == b.lanes.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lanes.0)
        hasher.combine(lanes.1)
        hasher.combine(lanes.2)
        hasher.combine(lanes.3)
    }

    /// Lower-case hex with a `0x` prefix.
    public var description: String { "0x" + hexDigits(bytes) }
}
