/// An in-memory Substrate trie that keeps the hash of every unchanged subtree, so its root after
/// a batch of changes costs only the nodes on the changed paths.
///
/// It is a value type with copy-on-write nodes: copying a `MerkleTrie` is O(1), and the copies
/// then share every node until one of them changes a path (only that path is copied). That
/// makes a per-block snapshot of 100k+ keys cheap.
///
/// The root always equals `TrieRoot.compute(entries:layout:)` of the same entries.
///
/// ```swift
/// var state = MerkleTrie(layout: .v1)
/// state[key] = value             // insert or update
/// state[otherKey] = nil          // remove
/// let stateRoot = state.root     // rehashes the dirty paths only
/// ```
///
/// Concurrency: like `Array`, distinct `MerkleTrie` values may be used on different threads even
/// when they share nodes; one value must not be mutated (or have `root` read, which fills
/// caches) from two threads at once.
public struct MerkleTrie: Sendable {
    /// The top node, `nil` when the trie is empty.
    var top: Node?

    /// The number of keys.
    public internal(set) var count: Int = 0

    /// The layout the root is computed with.
    public let layout: TrieLayout

    /// An empty trie.
    public init(layout: TrieLayout = .v1) {
        self.layout = layout
    }

    /// A trie holding `entries`; for a repeated key the last value wins.
    ///
    /// - Complexity: O(n log n) for unsorted input, O(total key length) for input already in
    ///   strictly increasing key order.
    public init<S: Sequence>(entries: S, layout: TrieLayout = .v1)
    where S.Element == (key: [UInt8], value: [UInt8]) {
        self.layout = layout
        let sorted = SortedEntries(entries)
        count = sorted.count
        if !sorted.isEmpty {
            top = Self.build(sorted, 0..<sorted.count, depth: 0)
        }
    }

    /// Whether the trie holds no keys.
    public var isEmpty: Bool { top == nil }

    /// The value stored under `key`, or `nil`. Setting a value inserts or replaces it; setting
    /// `nil` removes the key.
    ///
    /// - Complexity: O(key length).
    public subscript(key: [UInt8]) -> [UInt8]? {
        get { value(forKey: key) }
        set {
            if let newValue {
                updateValue(newValue, forKey: key)
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// The value stored under `key`, or `nil`.
    ///
    /// - Complexity: O(key length).
    public func value(forKey key: [UInt8]) -> [UInt8]? {
        let keyNibbles = key.count * 2
        var depth = 0
        var current = top
        while let node = current {
            let partial = node.partial
            guard keyNibbles - depth >= partial.count,
                Nibbles.commonPrefix(partial: partial, key: key, from: depth) == partial.count
            else { return nil }
            depth += partial.count
            if depth == keyNibbles { return node.value }
            guard !node.children.isEmpty else { return nil }
            current = node.children[Int(Nibbles.at(depth, in: key))]
            depth += 1
        }
        return nil
    }

    /// Whether `key` is present.
    public func contains(_ key: [UInt8]) -> Bool { value(forKey: key) != nil }
}
