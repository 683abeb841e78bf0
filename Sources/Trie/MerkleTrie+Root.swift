import SCALECodec

extension MerkleTrie {
    /// The trie root: `blake2_256` of the top node's encoding (`TrieRoot.empty` when empty).
    ///
    /// Only dirty nodes (those on paths changed since the last call) are encoded and hashed; every
    /// other subtree contributes its cached reference. Reading it fills those caches, hence the
    /// `mutating get`.
    ///
    /// - Complexity: O(changed nodes × node size) after changes; O(1) when nothing changed.
    public var root: TrieHash {
        mutating get {
            guard top != nil else { return TrieRoot.empty }
            return Self.reference(of: &top!, layout: layout).rootHash
        }
    }

    /// The node's cached reference, or its freshly computed one (which is then cached).
    static func reference(of slot: inout Node, layout: TrieLayout) -> ChildReference {
        if let cached = slot.reference { return cached }
        makeUnique(&slot)
        let node = slot
        let encoded = encode(node, layout: layout) { child in reference(of: &child, layout: layout) }
        let fresh = ChildReference(encodedNode: encoded)
        node.reference = fresh
        return fresh
    }

    /// The node's encoding, with the children's references supplied by `childReference`.
    static func encode(_ node: Node, layout: TrieLayout, childReference: (inout Node) -> ChildReference) -> [UInt8] {
        if node.isLeaf {
            let value = node.value ?? []
            let hashed = layout.storesHashedValue(length: value.count)
            var encoder = SCALEEncoder(reservingCapacity: 4 + node.partial.count / 2 + (hashed ? 32 : value.count))
            NodeCodec.appendLeafHeader(nibbleCount: node.partial.count, hashedValue: hashed, to: &encoder)
            Nibbles.appendPartial(node.partial, to: &encoder)
            NodeCodec.appendValue(value, hashed: hashed, to: &encoder)
            return encoder.takeBytes()
        }
        var bitmap: UInt16 = 0
        for index in 0..<16 where node.children[index] != nil { bitmap |= 1 << index }
        let hashed = node.value.map { layout.storesHashedValue(length: $0.count) } ?? false
        var encoder = SCALEEncoder(reservingCapacity: 40 + bitmap.nonzeroBitCount * 33)
        NodeCodec.appendBranchHeader(
            nibbleCount: node.partial.count, value: node.value, hashedValue: hashed, to: &encoder)
        Nibbles.appendPartial(node.partial, to: &encoder)
        encoder.encodeInteger(bitmap)
        if let value = node.value { NodeCodec.appendValue(value, hashed: hashed, to: &encoder) }
        for index in 0..<16 where node.children[index] != nil {
            childReference(&node.children[index]!).encode(to: &encoder)
        }
        return encoder.takeBytes()
    }
}
