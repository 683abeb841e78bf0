import Primitives

extension AccountID: MetadataDescribable {
    /// `sp_core::crypto::AccountId32`, a tuple struct of 32 bytes (clients show it as SS58).
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["sp_core", "crypto", "AccountId32"]) { r in
            [TypeField(nil, r.array(32, of: r.primitive(.u8)), typeName: "[u8; 32]")]
        }
    }
    public static var rustTypeName: String { "T::AccountId" }
}

extension H256: MetadataDescribable {
    /// `primitive_types::H256`, a tuple struct of 32 bytes.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["primitive_types", "H256"]) { r in
            [TypeField(nil, r.array(32, of: r.primitive(.u8)), typeName: "[u8; 32]")]
        }
    }
    public static var rustTypeName: String { "T::Hash" }
}
