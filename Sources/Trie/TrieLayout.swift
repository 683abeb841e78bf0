/// Which of Substrate's two trie layouts a root is computed with: they share the node codec and
/// differ only in where large values live.
///
/// * `.v0` (sp-trie `LayoutV0`, `StateVersion::V0`): every value is stored inline in its node.
/// * `.v1` (sp-trie `LayoutV1`, `StateVersion::V1`): a value of 33 bytes or more is stored as its
///   BLAKE2b-256 hash, with the "hashed value" leaf and branch headers.
///
/// Subtensor's runtime declares `state_version: 1` and `system_version: 1`, so both its state
/// root and its extrinsics root use `.v1`. FRAME runtimes with `system_version: 0` (older chains,
/// e.g. the Polkadot relay chain blocks in the tests) compute the extrinsics root with `.v0`.
public enum TrieLayout: Sendable, Hashable, CaseIterable {
    case v0
    case v1

    /// The layout of a Substrate `StateVersion` (0 or 1); `nil` for any other number.
    public init?(stateVersion: Int) {
        switch stateVersion {
        case 0: self = .v0
        case 1: self = .v1
        default: return nil
        }
    }

    /// The smallest value length stored as a hash (sp-core's `TRIE_VALUE_NODE_THRESHOLD`, 33),
    /// or `nil` when values are always inline.
    public var valueHashingThreshold: Int? {
        switch self {
        case .v0: return nil
        case .v1: return 33
        }
    }

    /// Whether a value of `length` bytes is stored as its hash rather than inline.
    @inlinable
    public func storesHashedValue(length: Int) -> Bool {
        self == .v1 && length >= 33
    }
}
