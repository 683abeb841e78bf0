import SCALECodec

/// A signed extension: what it adds to the extrinsic (`type`) and to the signed payload only
/// (`additionalSigned`). Clients recognise extensions by `identifier`.
public struct SignedExtensionMetadata: Sendable, SCALEEncodable {
    public var identifier: String
    public var type: TypeID
    public var additionalSigned: TypeID

    public init(_ identifier: String, type: TypeID, additionalSigned: TypeID) {
        self.identifier = identifier
        self.type = type
        self.additionalSigned = additionalSigned
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(identifier)
        encoder.encodeCompact(type)
        encoder.encodeCompact(additionalSigned)
    }
}
