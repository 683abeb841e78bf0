import SCALECodec

/// Encodes trie nodes exactly as sp-trie's `NodeCodec` (and its `TrieStream`) does.
///
/// ```text
/// leaf    = header ‖ partial key ‖ value
/// branch  = header ‖ partial key ‖ bitmap (u16 LE) ‖ [value] ‖ child references, in nibble order
/// value   = Compact(length) ‖ bytes         (inline)
///         | blake2_256(bytes)               (hashed: layout V1, 33 bytes or longer; no prefix)
/// child   = Compact(length) ‖ encoded child (encoding shorter than 32 bytes)
///         | 0x80 ‖ blake2_256(encoded child)
/// ```
///
/// The header (see `NodeHeader`) gives the kind and the partial key's nibble count; the partial
/// key is packed as `Nibbles` describes; bit `i` of the bitmap is set when child `i` exists.
/// The empty trie is the single byte `0x00`.
public enum NodeCodec {
    /// The empty trie's encoding, `0x00`.
    public static let emptyNode: [UInt8] = [0x00]

    /// The encoding of a leaf.
    ///
    /// - Parameters:
    ///   - partial: the rest of the key below the parent, one nibble (0 ... 15) per element.
    ///   - value: the stored value.
    ///   - layout: decides whether the value is inlined or hashed.
    public static func leaf(partial: [UInt8], value: [UInt8], layout: TrieLayout) -> [UInt8] {
        precondition(partial.allSatisfy { $0 < 16 }, "a partial key holds nibbles (0 ... 15)")
        var encoder = SCALEEncoder(reservingCapacity: 3 + partial.count / 2 + value.count)
        let hashed = layout.storesHashedValue(length: value.count)
        appendLeafHeader(nibbleCount: partial.count, hashedValue: hashed, to: &encoder)
        Nibbles.appendPartial(partial, to: &encoder)
        appendValue(value, hashed: hashed, to: &encoder)
        return encoder.takeBytes()
    }

    /// The encoding of a branch.
    ///
    /// - Parameters:
    ///   - partial: the key nibbles this branch adds below its parent.
    ///   - value: the value stored at the branch's own key, if any.
    ///   - children: 16 slots, one per next nibble; at least one must be present.
    ///   - layout: decides whether the value is inlined or hashed.
    public static func branch(
        partial: [UInt8], value: [UInt8]?, children: [ChildReference?], layout: TrieLayout
    ) -> [UInt8] {
        precondition(children.count == 16, "a branch has 16 child slots")
        precondition(partial.allSatisfy { $0 < 16 }, "a partial key holds nibbles (0 ... 15)")
        var encoder = SCALEEncoder(reservingCapacity: 64)
        let hashed = value.map { layout.storesHashedValue(length: $0.count) } ?? false
        appendBranchHeader(nibbleCount: partial.count, value: value, hashedValue: hashed, to: &encoder)
        Nibbles.appendPartial(partial, to: &encoder)
        var bitmap: UInt16 = 0
        for (index, child) in children.enumerated() where child != nil { bitmap |= 1 << index }
        precondition(bitmap != 0, "a branch has at least one child")
        encoder.encodeInteger(bitmap)
        if let value { appendValue(value, hashed: hashed, to: &encoder) }
        for case let child? in children { child.encode(to: &encoder) }
        return encoder.takeBytes()
    }

    // MARK: Building blocks shared with the root builder and `MerkleTrie`.

    @inline(__always)
    static func appendLeafHeader(nibbleCount: Int, hashedValue: Bool, to encoder: inout SCALEEncoder) {
        let header: NodeHeader =
            hashedValue ? .hashedValueLeaf(nibbleCount: nibbleCount) : .leaf(nibbleCount: nibbleCount)
        header.encode(to: &encoder)
    }

    @inline(__always)
    static func appendBranchHeader(
        nibbleCount: Int, value: [UInt8]?, hashedValue: Bool, to encoder: inout SCALEEncoder
    ) {
        let header: NodeHeader =
            hashedValue
            ? .hashedValueBranch(nibbleCount: nibbleCount)
            : .branch(hasValue: value != nil, nibbleCount: nibbleCount)
        header.encode(to: &encoder)
    }

    /// Appends a value inline (`Compact(length) ‖ bytes`) or as its bare 32-byte hash.
    @inline(__always)
    static func appendValue(_ value: [UInt8], hashed: Bool, to encoder: inout SCALEEncoder) {
        if hashed {
            TrieHash.of(value).encode(to: &encoder)
        } else {
            encoder.encodeCompactLength(value.count)
            encoder.appendBytes(value)
        }
    }
}
