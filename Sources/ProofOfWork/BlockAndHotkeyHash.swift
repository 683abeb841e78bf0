import Hashing

/// `keccak256(block_hash ‖ hotkey)`: the 32 bytes a seal commits to besides its nonce.
///
/// The chain's `hash_block_and_hotkey` (subtensor `registration.rs:463`) and the SDK's
/// `_hash_block_with_hotkey` compute it over the 64 bytes of the block hash (`System.BlockHash`
/// of the work's block number) followed by the hotkey's 32-byte public key. A solver computes it
/// once per block; every nonce then costs one SHA-256 block and one Keccak-f[1600].
public struct BlockAndHotkeyHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// The message words `w2 ... w9` of the seal's SHA-256 block (big-endian words of `bytes`).
    let messageWords: InlineArray<8, UInt32>

    /// Hashes a 32-byte block hash with a 32-byte hotkey public key.
    /// - Precondition: both are exactly 32 bytes.
    public init(blockHash: [UInt8], hotkey: [UInt8]) {
        precondition(blockHash.count == 32, "a block hash is 32 bytes")
        precondition(hotkey.count == 32, "a hotkey public key is 32 bytes")
        self.init(uncheckedBytes: Keccak256.hash(blockHash + hotkey))
    }

    /// Wraps an already computed hash; `nil` unless it is 32 bytes.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.init(uncheckedBytes: bytes)
    }

    private init(uncheckedBytes: [UInt8]) {
        bytes = uncheckedBytes
        var words = InlineArray<8, UInt32>(repeating: 0)
        for index in 0..<8 {
            var word: UInt32 = 0
            for byte in uncheckedBytes[(index * 4)..<(index * 4 + 4)] { word = word << 8 | UInt32(byte) }
            words[index] = word
        }
        messageWords = words
    }

    public static func == (a: Self, b: Self) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    /// Lower-case hex with a `0x` prefix.
    public var description: String { "0x" + hexDigits(bytes) }
}

/// Lower-case hex of `bytes`, no prefix.
func hexDigits(_ bytes: some Sequence<UInt8>) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var utf8: [UInt8] = []
    for byte in bytes {
        utf8.append(digits[Int(byte >> 4)])
        utf8.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: utf8, as: UTF8.self)
}
