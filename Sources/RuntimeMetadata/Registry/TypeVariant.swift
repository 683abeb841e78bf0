import SCALECodec

/// One variant of an enum type: its name, fields and the index byte that selects it.
public struct TypeVariant: Hashable, Sendable, SCALEEncodable {
    public var name: String
    public var fields: [TypeField]
    /// The first byte of the encoding; need not equal the variant's position.
    public var index: UInt8
    public var docs: [String]

    public init(_ name: String, index: UInt8, fields: [TypeField] = [], docs: [String] = []) {
        self.name = name
        self.index = index
        self.fields = fields
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        encoder.encode(fields)
        encoder.encode(index)
        encoder.encode(docs)
    }
}
