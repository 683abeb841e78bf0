import SCALECodec

/// Substrate's trie root of a whole key/value set, computed in one pass (sp-trie's
/// `TrieConfiguration::trie_root`, i.e. `trie_root::trie_root_no_extension` over `TrieStream`).
///
/// This is the closed-form counterpart of `MerkleTrie`: nothing is kept, so use it for one-off
/// roots (genesis, the extrinsics root, tests) and `MerkleTrie` for state that changes.
public enum TrieRoot {
    /// The root of the empty trie, `blake2_256(0x00)` =
    /// `0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314` (both layouts).
    public static let empty: TrieHash = TrieHash.of(NodeCodec.emptyNode)

    /// The trie root of `entries`.
    ///
    /// The entries need not be sorted; when a key appears more than once the last value wins
    /// (as when Substrate collects them into a `BTreeMap`).
    ///
    /// - Parameters:
    ///   - entries: key/value pairs; keys and values may be empty.
    ///   - layout: `.v1` for Subtensor's state (values of 33 bytes or more are hashed).
    /// - Complexity: O(n log n) to sort unsorted input, then O(total key length + total value
    ///   length) to encode and hash the nodes.
    public static func compute<S: Sequence>(entries: S, layout: TrieLayout = .v1) -> TrieHash
    where S.Element == (key: [UInt8], value: [UInt8]) {
        let sorted = SortedEntries(entries)
        guard !sorted.isEmpty else { return empty }
        return TrieHash.of(RootBuilder(entries: sorted, layout: layout).encodeNode(0..<sorted.count, depth: 0))
    }

    /// The encoded root node itself rather than its hash (sp-trie's `trie_root_unhashed`); the
    /// empty trie gives `[0x00]`.
    public static func rootNode<S: Sequence>(entries: S, layout: TrieLayout = .v1) -> [UInt8]
    where S.Element == (key: [UInt8], value: [UInt8]) {
        let sorted = SortedEntries(entries)
        guard !sorted.isEmpty else { return NodeCodec.emptyNode }
        return RootBuilder(entries: sorted, layout: layout).encodeNode(0..<sorted.count, depth: 0)
    }

    /// The root of a list keyed by position: value `i` is stored under the SCALE `Compact<u32>`
    /// encoding of `i` (sp-trie's `ordered_trie_root`). This is a block's extrinsics root, with
    /// each extrinsic's full encoding (its length prefix included) as the value.
    ///
    /// - Parameter layout: `.v1` for Subtensor (`system_version: 1`); `.v0` for runtimes with
    ///   `system_version: 0`.
    /// - Complexity: O(n log n + total value length).
    public static func ordered<C: Collection>(_ values: C, layout: TrieLayout = .v1) -> TrieHash
    where C.Element == [UInt8] {
        var entries: [(key: [UInt8], value: [UInt8])] = []
        entries.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            var key = SCALEEncoder(reservingCapacity: 5)
            key.encodeCompact(UInt32(index))
            entries.append((key.takeBytes(), value))
        }
        return compute(entries: entries, layout: layout)
    }
}

/// The extrinsics root of a block body: `TrieRoot.ordered(values, layout:)`.
public func orderedTrieRoot<C: Collection>(_ values: C, layout: TrieLayout = .v1) -> TrieHash
where C.Element == [UInt8] {
    TrieRoot.ordered(values, layout: layout)
}
