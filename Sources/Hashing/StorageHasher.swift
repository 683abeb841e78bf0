/// The hashers Substrate storage maps apply to their keys (FRAME's `StorageHasher`), in the
/// order of their metadata variant index.
public enum StorageHasher: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case blake2_128 = 0
    case blake2_256 = 1
    case blake2_128Concat = 2
    case twox128 = 3
    case twox256 = 4
    case twox64Concat = 5
    case identity = 6

    /// The hashed form of an encoded key: the digest, followed by the key itself for the
    /// `…Concat` hashers (which lets clients recover keys from storage keys).
    public func hash<C: Collection>(_ encodedKey: C) -> [UInt8] where C.Element == UInt8 {
        switch self {
        case .blake2_128: return Blake2b.hash128(encodedKey)
        case .blake2_256: return Blake2b.hash256(encodedKey)
        case .blake2_128Concat: return Blake2b.hash128(encodedKey) + Array(encodedKey)
        case .twox128: return Twox.hash128(encodedKey)
        case .twox256: return Twox.hash256(encodedKey)
        case .twox64Concat: return Twox.hash64(encodedKey) + Array(encodedKey)
        case .identity: return Array(encodedKey)
        }
    }

    /// The number of hash bytes before the raw key in a `…Concat`/`Identity` hashed key, or
    /// `nil` when the key cannot be recovered.
    public var transparentPrefixLength: Int? {
        switch self {
        case .blake2_128Concat: return 16
        case .twox64Concat: return 8
        case .identity: return 0
        default: return nil
        }
    }

    /// The chain's spelling, as in metadata (`Blake2_128Concat`, `Twox64Concat`, …).
    public var description: String {
        switch self {
        case .blake2_128: return "Blake2_128"
        case .blake2_256: return "Blake2_256"
        case .blake2_128Concat: return "Blake2_128Concat"
        case .twox128: return "Twox128"
        case .twox256: return "Twox256"
        case .twox64Concat: return "Twox64Concat"
        case .identity: return "Identity"
        }
    }

    /// Parses the chain's spelling.
    public init?(name: String) {
        guard let hasher = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = hasher
    }
}

/// Builds storage keys: `twox128(pallet) ‖ twox128(item) ‖ hasher₁(key₁) ‖ …`.
public enum StorageKey {
    /// The 32-byte prefix of every key of `pallet`.`item`.
    public static func prefix(pallet: String, item: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        Twox.hash128(Array(pallet.utf8), into: &out)
        Twox.hash128(Array(item.utf8), into: &out)
        return out
    }

    /// The full key of one entry: the prefix followed by each encoded key under its hasher.
    public static func key(pallet: String, item: String, keys: [(StorageHasher, [UInt8])] = []) -> [UInt8] {
        var out = prefix(pallet: pallet, item: item)
        for (hasher, encoded) in keys { out += hasher.hash(encoded) }
        return out
    }
}
