import SCALECodec

/// A generic parameter of a type (`T` of `Option<T>`), with the type it was instantiated with.
public struct TypeParameter: Hashable, Sendable, SCALEEncodable {
    public var name: String
    /// The concrete type, or `nil` when the parameter is not described (scale-info's erased ones).
    public var type: TypeID?

    public init(_ name: String, _ type: TypeID?) {
        self.name = name
        self.type = type
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(name)
        if let type {
            encoder.encodeVariantIndex(1)
            encoder.encodeCompact(type)
        } else {
            encoder.encodeVariantIndex(0)
        }
    }
}
