import SCALECodec

/// A field of a composite type or of an enum variant: named (`dest`) or positional.
public struct TypeField: Hashable, Sendable, SCALEEncodable {
    /// The field's name; `nil` for tuple-like fields.
    public var name: String?
    /// The field's type.
    public var type: TypeID
    /// The type as the Rust source spells it (`T::AccountId`), for display only.
    public var typeName: String?
    /// Documentation lines.
    public var docs: [String]

    public init(_ name: String?, _ type: TypeID, typeName: String? = nil, docs: [String] = []) {
        self.name = name
        self.type = type
        self.typeName = typeName
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        encoder.encodeCompact(type)
        encoder.encode(typeName)
        encoder.encode(docs)
    }
}
