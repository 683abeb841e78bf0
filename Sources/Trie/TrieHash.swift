import Hashing

/// A 32-byte BLAKE2b-256 digest naming a trie node or a whole trie (its root).
///
/// Stored inline as four little-endian words, so a cached node hash costs no heap allocation;
/// `bytes` gives the digest in its usual byte order.
public struct TrieHash: Hashable, Sendable, CustomStringConvertible {
    @usableFromInline var word0: UInt64
    @usableFromInline var word1: UInt64
    @usableFromInline var word2: UInt64
    @usableFromInline var word3: UInt64

    /// The number of bytes in a digest.
    public static let byteCount = 32

    /// Wraps a 32-byte digest.
    ///
    /// - Precondition: `bytes.count == 32`.
    public init<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        precondition(bytes.count == Self.byteCount, "a trie hash has 32 bytes, got \(bytes.count)")
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var shift: UInt64 = 0
        var index = 0
        for byte in bytes {
            let word = UInt64(byte) << shift
            switch index >> 3 {
            case 0: words.0 |= word
            case 1: words.1 |= word
            case 2: words.2 |= word
            default: words.3 |= word
            }
            index += 1
            shift = (shift + 8) & 63
        }
        (word0, word1, word2, word3) = words
    }

    /// `blake2_256(data)`, the hash Substrate's trie uses for nodes and for large values.
    public static func of<C: Collection>(_ data: C) -> TrieHash where C.Element == UInt8 {
        TrieHash(Blake2b.hash256(data))
    }

    /// The digest's 32 bytes.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(Self.byteCount)
        for word in [word0, word1, word2, word3] {
            for shift in stride(from: 0, to: 64, by: 8) {
                out.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return out
    }

    /// `0x` followed by 64 lower-case hex digits.
    public var description: String {
        let digits: [Character] = Array("0123456789abcdef")
        var text = "0x"
        text.reserveCapacity(66)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return text
    }
}
