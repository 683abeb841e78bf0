import SCALECodec
import Primitives
import RuntimeSupport
import Trie

/// Committed state in memory with an incrementally maintained Merkle-Patricia trie (layout V1),
/// so each block's state root costs O(changes · depth), not a rebuild of every key.
public final class ChainState: StorageReader, @unchecked Sendable {
    private let storage: InMemoryStorage
    private var trie: MerkleTrie

    /// A state holding `entries`.
    public init(_ entries: [[UInt8]: [UInt8]] = [:]) {
        storage = InMemoryStorage(entries)
        trie = MerkleTrie(entries: entries.map { ($0.key, $0.value) }, layout: .v1)
    }

    public func value(at key: [UInt8]) -> [UInt8]? { storage.value(at: key) }
    public func key(after key: [UInt8]) -> [UInt8]? { storage.key(after: key) }

    /// Commits a block's changes (`nil` removes a key).
    public func apply(_ changes: StorageChanges) {
        storage.apply(changes)
        trie.apply(changes.map { (key: $0.key, value: $0.value) })
    }

    /// The root the state would have after `changes`, without changing anything yet, and the
    /// trie to install with `commit(_:staged:)` once the block is stored.
    public func stage(_ changes: StorageChanges) -> (root: H256, trie: MerkleTrie) {
        var copy = trie
        copy.apply(changes.map { (key: $0.key, value: $0.value) })
        return (H256(bytes: copy.root.bytes)!, copy)
    }

    /// Installs a staged block: its changes and the trie `stage` computed for them.
    public func commit(_ changes: StorageChanges, staged: MerkleTrie) {
        storage.apply(changes)
        trie = staged
    }

    /// The state root.
    public var root: H256 { H256(bytes: trie.root.bytes)! }

    /// The number of keys.
    public var count: Int { storage.count }

    /// Every entry in key order.
    public var entries: [(key: [UInt8], value: [UInt8])] { storage.entries }
}
