import Runtime

extension AccountData: MetadataDescribable {
    /// `pallet_balances::AccountData<u64>` in the polkadot-v0.9.39 layout.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        let balance = registry.primitive(.u64)
        return registry.composite(["pallet_balances", "AccountData"], parameters: [TypeParameter("Balance", balance)]) { _ in
            ["free", "reserved", "misc_frozen", "fee_frozen"].map { TypeField($0, balance, typeName: "Balance") }
        }
    }
    public static var rustTypeName: String { "AccountData<Balance>" }
}

extension AccountInfo: MetadataDescribable {
    /// `frame_system::AccountInfo<u32, AccountData<u64>>`.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        let index = registry.primitive(.u32)
        let data = AccountData.metadataType(in: &registry)
        return registry.composite(
            ["frame_system", "AccountInfo"], parameters: [TypeParameter("Index", index), TypeParameter("AccountData", data)]
        ) { r in
            [
                TypeField("nonce", index, typeName: "Index"),
                TypeField("consumers", r.primitive(.u32), typeName: "RefCount"),
                TypeField("providers", r.primitive(.u32), typeName: "RefCount"),
                TypeField("sufficients", r.primitive(.u32), typeName: "RefCount"),
                TypeField("data", data, typeName: "AccountData"),
            ]
        }
    }
    public static var rustTypeName: String { "AccountInfo<T::Index, T::AccountData>" }
}
