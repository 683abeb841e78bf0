import SCALECodec

/// How a branch refers to one of its children: by the child's encoding itself when that is
/// shorter than 32 bytes, otherwise by the encoding's BLAKE2b-256 hash.
///
/// Either way the branch writes the reference as a SCALE byte vector: `Compact(length) ‖ bytes`,
/// so a hash reference is `0x80 ‖ hash` (`0x80` is `Compact(32)`).
public enum ChildReference: Hashable, Sendable {
    /// The child's encoded node, fewer than 32 bytes long.
    case inline([UInt8])
    /// The hash of the child's encoded node (32 bytes or longer).
    case hash(TrieHash)

    /// The reference to a node with this encoding.
    public init(encodedNode: [UInt8]) {
        if encodedNode.count < TrieHash.byteCount {
            self = .inline(encodedNode)
        } else {
            self = .hash(TrieHash.of(encodedNode))
        }
    }

    /// The hash this node would have as a trie root: roots are always hashed, even when their
    /// encoding is short enough to be inlined in a parent.
    public var rootHash: TrieHash {
        switch self {
        case .inline(let encoded): return TrieHash.of(encoded)
        case .hash(let hash): return hash
        }
    }

    /// Appends the reference as a branch writes it.
    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .inline(let encoded):
            encoder.encodeCompactLength(encoded.count)
            encoder.appendBytes(encoded)
        case .hash(let hash):
            encoder.encodeCompactLength(TrieHash.byteCount)
            hash.encode(to: &encoder)
        }
    }
}

extension TrieHash {
    /// Appends the 32 digest bytes, with no length prefix.
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeInteger(word0)
        encoder.encodeInteger(word1)
        encoder.encodeInteger(word2)
        encoder.encodeInteger(word3)
    }
}
