/// A Swift type the metadata can describe: scale-info's `TypeInfo`, for the runtime's own types.
///
/// Conformances live in this module (the runtime does not know about metadata), so storage
/// entries and call arguments can be described straight from their Swift types.
public protocol MetadataDescribable {
    /// Registers the type (and what it refers to) and returns its id.
    static func metadataType(in registry: inout TypeRegistry) -> TypeID
    /// The type as the Rust source names it in a field (`T::AccountId`, `Vec<u16>`).
    static var rustTypeName: String { get }
}

extension Bool: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.bool) }
    public static var rustTypeName: String { "bool" }
}

extension UInt8: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.u8) }
    public static var rustTypeName: String { "u8" }
}

extension UInt16: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.u16) }
    public static var rustTypeName: String { "u16" }
}

extension UInt32: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.u32) }
    public static var rustTypeName: String { "u32" }
}

extension UInt64: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.u64) }
    public static var rustTypeName: String { "u64" }
}

extension UInt128: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID { registry.primitive(.u128) }
    public static var rustTypeName: String { "u128" }
}

extension Array: MetadataDescribable where Element: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.sequence(of: Element.metadataType(in: &registry))
    }
    public static var rustTypeName: String { "Vec<\(Element.rustTypeName)>" }
}

extension Optional: MetadataDescribable where Wrapped: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.option(of: Wrapped.metadataType(in: &registry))
    }
    public static var rustTypeName: String { "Option<\(Wrapped.rustTypeName)>" }
}
