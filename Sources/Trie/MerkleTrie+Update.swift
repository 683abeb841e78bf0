extension MerkleTrie {
    /// Stores `value` under `key`, returning the value it replaces (or `nil` for a new key).
    /// Storing the value a key already has changes nothing and keeps the cached hashes.
    ///
    /// - Complexity: O(key length), plus copying the nodes on the path that other copies of this
    ///   trie share.
    @discardableResult
    public mutating func updateValue(_ value: [UInt8], forKey key: [UInt8]) -> [UInt8]? {
        if let old = self.value(forKey: key) {
            if old == value { return old }
        } else {
            count += 1
        }
        return Self.insert(value, key: key, depth: 0, into: &top)
    }

    /// Removes `key`, returning its value, or `nil` (and changing nothing) when it is absent.
    ///
    /// - Complexity: O(key length).
    @discardableResult
    public mutating func removeValue(forKey key: [UInt8]) -> [UInt8]? {
        guard contains(key) else { return nil }
        count -= 1
        return Self.remove(key, depth: 0, from: &top)
    }

    /// Applies a batch of changes in order: a value inserts or updates its key, `nil` removes it
    /// (the shape of a block's storage changes).
    public mutating func apply<S: Sequence>(_ changes: S) where S.Element == (key: [UInt8], value: [UInt8]?) {
        for change in changes {
            self[change.key] = change.value
        }
    }

    /// Inserts below `slot`, whose node (if any) starts at nibble `depth` of `key`.
    private static func insert(_ value: [UInt8], key: [UInt8], depth: Int, into slot: inout Node?) -> [UInt8]? {
        guard slot != nil else {
            slot = Node(partial: Nibbles.unpack(key, from: depth), value: value)
            return nil
        }
        makeUnique(&slot!)
        let node = slot!
        node.reference = nil
        let common = Nibbles.commonPrefix(partial: node.partial, key: key, from: depth)
        let next = depth + common
        if common == node.partial.count {
            if next == key.count * 2 {
                let old = node.value
                node.value = value
                return old
            }
            if node.isLeaf { node.children = [Node?](repeating: nil, count: 16) }
            return insert(value, key: key, depth: next + 1, into: &node.children[Int(Nibbles.at(next, in: key))])
        }

        // The key leaves this node's partial key at `common`: a new branch takes the shared part.
        let branch = Node(
            partial: Array(node.partial[..<common]), value: nil, children: [Node?](repeating: nil, count: 16))
        branch.children[Int(node.partial[common])] = node
        node.partial.removeFirst(common + 1)
        if next == key.count * 2 {
            branch.value = value
        } else {
            branch.children[Int(Nibbles.at(next, in: key))] = Node(
                partial: Nibbles.unpack(key, from: next + 1), value: value)
        }
        slot = branch
        return nil
    }

    /// Removes `key` below `slot`, then restores the shape rules on the way back up.
    private static func remove(_ key: [UInt8], depth: Int, from slot: inout Node?) -> [UInt8]? {
        guard slot != nil else { return nil }
        makeUnique(&slot!)
        let node = slot!
        let partialCount = node.partial.count
        guard key.count * 2 - depth >= partialCount,
            Nibbles.commonPrefix(partial: node.partial, key: key, from: depth) == partialCount
        else { return nil }
        let next = depth + partialCount
        let removed: [UInt8]?
        if next == key.count * 2 {
            removed = node.value
            node.value = nil
        } else if node.isLeaf {
            removed = nil
        } else {
            removed = remove(key, depth: next + 1, from: &node.children[Int(Nibbles.at(next, in: key))])
        }
        guard removed != nil else { return nil }
        node.reference = nil
        normalize(&slot)
        return removed
    }

    /// Brings a changed node back to shape: a node with neither value nor children disappears, a
    /// branch with a value and no children becomes a leaf, and a branch with no value and a single
    /// child is merged into that child.
    private static func normalize(_ slot: inout Node?) {
        let node = slot!
        let childCount = node.childCount
        if childCount == 0 {
            if node.value == nil {
                slot = nil
            } else if !node.isLeaf {
                node.children = []
            }
            return
        }
        guard node.value == nil, childCount == 1,
            let index = node.children.firstIndex(where: { $0 != nil })
        else { return }
        makeUnique(&node.children[index]!)
        let child = node.children[index]!
        child.partial = node.partial + [UInt8(index)] + child.partial
        child.reference = nil
        slot = child
    }
}
