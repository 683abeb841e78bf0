extension MerkleTrie {
    /// Every broken structural rule, as one sentence each; empty for a healthy trie.
    ///
    /// Checks the node shape rules (see `Node`), that values sit at whole-byte keys, that `count`
    /// matches, and that every cached reference equals a fresh encoding of its subtree and has
    /// only clean descendants.
    ///
    /// - Complexity: O(total size of the trie); meant for tests.
    func invariantViolations() -> [String] {
        var violations: [String] = []
        var values = 0
        if let top {
            _ = check(top, depth: 0, parentCached: false, values: &values, violations: &violations)
        }
        if values != count { violations.append("count is \(count) but \(values) values are stored") }
        return violations
    }

    /// Checks the subtree at `node` (whose partial key starts at nibble `depth`) and returns its
    /// fresh reference.
    private func check(
        _ node: Node, depth: Int, parentCached: Bool, values: inout Int, violations: inout [String]
    ) -> ChildReference {
        let end = depth + node.partial.count
        if node.partial.contains(where: { $0 > 15 }) { violations.append("nibble above 15 at depth \(depth)") }
        if parentCached && node.reference == nil {
            violations.append("dirty node under a clean parent at depth \(depth)")
        }
        if node.value != nil {
            values += 1
            if end % 2 != 0 { violations.append("value at an odd nibble depth \(end)") }
        }
        if node.isLeaf {
            if node.value == nil { violations.append("leaf without a value at depth \(depth)") }
        } else {
            let children = node.childCount
            if node.children.count != 16 { violations.append("branch with \(node.children.count) slots") }
            if children == 0 { violations.append("branch without children at depth \(depth)") }
            if children == 1 && node.value == nil {
                violations.append("valueless branch with one child at depth \(depth)")
            }
        }
        let fresh = ChildReference(encodedNode: Self.encode(node, layout: layout) { child in
            check(child, depth: end + 1, parentCached: node.reference != nil, values: &values, violations: &violations)
        })
        if let cached = node.reference, cached != fresh {
            violations.append("stale cached reference at depth \(depth)")
        }
        return fresh
    }
}
