import SCALECodec

/// A pallet constant: its type and its SCALE-encoded value.
public struct ConstantMetadata: Sendable, SCALEEncodable {
    public var name: String
    public var type: TypeID
    public var value: [UInt8]
    public var docs: [String]

    public init(name: String, type: TypeID, value: [UInt8], docs: [String] = []) {
        self.name = name
        self.type = type
        self.value = value
        self.docs = docs
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        encoder.encodeCompact(type)
        encoder.encode(value)
        encoder.encode(docs)
    }
}
