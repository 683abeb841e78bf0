/// Field shorthands for call and event descriptions: `r.field("netuid", UInt16.self)`.
extension TypeRegistry {
    /// A field of Swift type `T`, named as the chain names it (`nil` for positional fields).
    public mutating func field<T: MetadataDescribable>(_ name: String?, _ type: T.Type, typeName: String? = nil) -> TypeField {
        TypeField(name, T.metadataType(in: &self), typeName: typeName ?? T.rustTypeName)
    }

    /// A `#[pallet::compact]` field: `Compact<T>`.
    public mutating func compactField<T: MetadataDescribable>(_ name: String, _ type: T.Type, typeName: String? = nil) -> TypeField {
        let inner = T.metadataType(in: &self)
        return TypeField(name, compact(of: inner), typeName: typeName ?? T.rustTypeName)
    }

    /// Positional fields of the given types (SubtensorModule's tuple events).
    public mutating func fields(_ types: [any MetadataDescribable.Type]) -> [TypeField] {
        types.map { type in TypeField(nil, type.metadataType(in: &self), typeName: type.rustTypeName) }
    }
}
