import Hashing
import SCALECodec

/// One storage item as clients see it: name, what an absent key reads as, key hashers and types.
public struct StorageEntryMetadata: Sendable, SCALEEncodable {
    /// What a read of an absent key returns.
    public enum Modifier: UInt8, Sendable {
        /// `OptionQuery`: `None`.
        case optional = 0
        /// `ValueQuery`: the entry's default bytes.
        case `default` = 1
    }

    /// A value, or a map keyed by one or more hashed keys.
    public enum Kind: Sendable {
        case plain(value: TypeID)
        /// `key` is the key type for one hasher, or a tuple of the key types for several.
        case map(hashers: [StorageHasher], key: TypeID, value: TypeID)
    }

    /// The item name (`Account`), hashed into the key.
    public var name: String
    public var modifier: Modifier
    public var kind: Kind
    /// The SCALE bytes an absent key reads as (`0x00`, i.e. `None`, for optional entries).
    public var defaultBytes: [UInt8]
    public var docs: [String]

    public init(name: String, modifier: Modifier, kind: Kind, defaultBytes: [UInt8], docs: [String] = []) {
        self.name = name
        self.modifier = modifier
        self.kind = kind
        self.defaultBytes = defaultBytes
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        encoder.encodeVariantIndex(modifier.rawValue)
        switch kind {
        case .plain(let value):
            encoder.encodeVariantIndex(0)
            encoder.encodeCompact(value)
        case .map(let hashers, let key, let value):
            encoder.encodeVariantIndex(1)
            encoder.encodeCompactLength(hashers.count)
            for hasher in hashers { encoder.encodeVariantIndex(hasher.rawValue) }
            encoder.encodeCompact(key)
            encoder.encodeCompact(value)
        }
        encoder.encode(defaultBytes)
        encoder.encode(docs)
    }
}
