extension MerkleTrie {
    /// One node of the trie: a leaf (no children) or a branch (16 child slots), with the key
    /// nibbles it adds below its parent and the value stored at its own key.
    ///
    /// Shape rules (those of a trie without extension nodes), checked by `checkInvariants()`:
    /// * a leaf has a value; `children` is empty;
    /// * a branch has 16 slots and at least one child, and at least two when it has no value;
    /// * `reference` is `nil` ("dirty") whenever the node or anything below it changed since it
    ///   was last hashed, so a dirty node's ancestors are dirty too.
    ///
    /// Nodes are shared between copies of a trie. A node is only ever written through a path of
    /// uniquely referenced nodes from a trie's `top` (copy-on-write), which is why it can be
    /// `Sendable` although it is a mutable class.
    final class Node: @unchecked Sendable {
        /// The key nibbles this node adds below its parent's slot, one nibble per element.
        var partial: [UInt8]
        /// The value stored at this node's key.
        var value: [UInt8]?
        /// Empty for a leaf, 16 slots for a branch.
        var children: [Node?]
        /// The cached reference to this node's encoding; `nil` when dirty.
        var reference: ChildReference?

        init(partial: [UInt8], value: [UInt8]?, children: [Node?] = [], reference: ChildReference? = nil) {
            self.partial = partial
            self.value = value
            self.children = children
            self.reference = reference
        }

        /// A shallow copy: the children are shared.
        func copy() -> Node {
            Node(partial: partial, value: value, children: children, reference: reference)
        }

        var isLeaf: Bool { children.isEmpty }

        /// The number of present children.
        var childCount: Int {
            var count = 0
            for child in children where child != nil { count += 1 }
            return count
        }
    }

    /// Replaces `slot`'s node by a copy unless this trie is its only owner.
    @inline(__always)
    static func makeUnique(_ slot: inout Node) {
        if !isKnownUniquelyReferenced(&slot) { slot = slot.copy() }
    }
}
