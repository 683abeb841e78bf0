import RuntimeSupport
import SCALECodec

/// Storage entries read straight from the runtime's descriptors: name, hashers and, for
/// `ValueQuery` items, the default bytes are the descriptor's own, so metadata cannot drift
/// from what the runtime reads and writes.
extension StorageEntryMetadata {
    /// A `StorageValue`. `optional` marks an `OptionQuery` item (absent reads as `None`).
    public static func value<V: MetadataDescribable>(
        _ item: StorageValue<V>, optional: Bool = false, docs: [String] = [], in registry: inout TypeRegistry
    ) -> StorageEntryMetadata {
        StorageEntryMetadata(
            name: item.item, modifier: optional ? .optional : .default, kind: .plain(value: V.metadataType(in: &registry)),
            defaultBytes: optional ? [0] : item.defaultValue.scaleEncoded(), docs: docs)
    }

    /// A `StorageMap`.
    public static func map<K: MetadataDescribable, V: MetadataDescribable>(
        _ item: StorageMap<K, V>, optional: Bool = false, docs: [String] = [], in registry: inout TypeRegistry
    ) -> StorageEntryMetadata {
        let key = K.metadataType(in: &registry)
        return StorageEntryMetadata(
            name: item.item, modifier: optional ? .optional : .default,
            kind: .map(hashers: [item.hasher], key: key, value: V.metadataType(in: &registry)),
            defaultBytes: optional ? [0] : item.defaultValue.scaleEncoded(), docs: docs)
    }

    /// A `StorageDoubleMap`: the key type is the tuple `(K1, K2)`, one hasher per key.
    public static func doubleMap<K1: MetadataDescribable, K2: MetadataDescribable, V: MetadataDescribable>(
        _ item: StorageDoubleMap<K1, K2, V>, optional: Bool = false, docs: [String] = [], in registry: inout TypeRegistry
    ) -> StorageEntryMetadata {
        let key1 = K1.metadataType(in: &registry)
        let key2 = K2.metadataType(in: &registry)
        let key = registry.tuple([key1, key2])
        return StorageEntryMetadata(
            name: item.item, modifier: optional ? .optional : .default,
            kind: .map(hashers: [item.hasher1, item.hasher2], key: key, value: V.metadataType(in: &registry)),
            defaultBytes: optional ? [0] : item.defaultValue.scaleEncoded(), docs: docs)
    }
}
