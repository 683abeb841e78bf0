import ChainTypes
import Primitives

extension MultiAddress: MetadataDescribable {
    /// `sp_runtime::multiaddress::MultiAddress<AccountId32, ()>`, all five variants (the runtime
    /// accepts only `Id`, but clients encode addresses from this description).
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        let account = AccountID.metadataType(in: &registry)
        let index = registry.unit()
        return registry.variant(
            ["sp_runtime", "multiaddress", "MultiAddress"],
            parameters: [TypeParameter("AccountId", account), TypeParameter("AccountIndex", index)]
        ) { r in
            [
                TypeVariant("Id", index: 0, fields: [TypeField(nil, account, typeName: "AccountId")]),
                TypeVariant("Index", index: 1, fields: [TypeField(nil, r.compact(of: index), typeName: "AccountIndex")]),
                TypeVariant("Raw", index: 2, fields: [TypeField(nil, r.bytes(), typeName: "Vec<u8>")]),
                TypeVariant("Address32", index: 3, fields: [TypeField(nil, r.array(32, of: r.primitive(.u8)), typeName: "[u8; 32]")]),
                TypeVariant("Address20", index: 4, fields: [TypeField(nil, r.array(20, of: r.primitive(.u8)), typeName: "[u8; 20]")]),
            ]
        }
    }
    public static var rustTypeName: String { "AccountIdLookupOf<T>" }
}

extension MultiSignature: MetadataDescribable {
    /// `sp_runtime::MultiSignature`: ed25519, sr25519 (64 bytes) or ecdsa (65 bytes).
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        func signature(_ scheme: String, _ length: UInt32, _ r: inout TypeRegistry) -> TypeID {
            r.composite(["sp_core", scheme, "Signature"]) { r in
                [TypeField(nil, r.array(length, of: r.primitive(.u8)), typeName: "[u8; \(length)]")]
            }
        }
        return registry.variant(["sp_runtime", "MultiSignature"]) { r in
            [
                TypeVariant("Ed25519", index: 0, fields: [TypeField(nil, signature("ed25519", 64, &r), typeName: "ed25519::Signature")]),
                TypeVariant("Sr25519", index: 1, fields: [TypeField(nil, signature("sr25519", 64, &r), typeName: "sr25519::Signature")]),
                TypeVariant("Ecdsa", index: 2, fields: [TypeField(nil, signature("ecdsa", 65, &r), typeName: "ecdsa::Signature")]),
            ]
        }
    }
    public static var rustTypeName: String { "MultiSignature" }
}

extension Era: MetadataDescribable {
    /// `sp_runtime::generic::era::Era` as scale-info describes it: `Immortal` (index 0), then
    /// `Mortal1` … `Mortal255`, each the first byte of the two-byte mortal encoding followed by
    /// one `u8` field holding the second.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.variant(["sp_runtime", "generic", "era", "Era"]) { r in
            let byte = r.primitive(.u8)
            return [TypeVariant("Immortal", index: 0)]
                + (1...255).map { TypeVariant("Mortal\($0)", index: UInt8($0), fields: [TypeField(nil, byte)]) }
        }
    }
    public static var rustTypeName: String { "Era" }
}

extension DigestItem: MetadataDescribable {
    /// `sp_runtime::generic::digest::DigestItem`, in scale-info's variant order.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.variant(["sp_runtime", "generic", "digest", "DigestItem"]) { r in
            let engine = r.array(4, of: r.primitive(.u8))
            let data = r.bytes()
            let withEngine = [TypeField(nil, engine, typeName: "ConsensusEngineId"), TypeField(nil, data, typeName: "Vec<u8>")]
            return [
                TypeVariant("PreRuntime", index: 6, fields: withEngine),
                TypeVariant("Consensus", index: 4, fields: withEngine),
                TypeVariant("Seal", index: 5, fields: withEngine),
                TypeVariant("Other", index: 0, fields: [TypeField(nil, data, typeName: "Vec<u8>")]),
                TypeVariant("RuntimeEnvironmentUpdated", index: 8),
            ]
        }
    }
    public static var rustTypeName: String { "DigestItem" }
}
