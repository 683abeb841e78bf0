import SCALECodec

/// The extrinsic format: version 4, the `UncheckedExtrinsic` type and its parts, the signed
/// extensions in order.
public struct ExtrinsicMetadata: Sendable {
    /// The `UncheckedExtrinsic` type (V14 names it; V15 names its parts instead).
    public var type: TypeID
    public var version: UInt8
    public var address: TypeID
    public var call: TypeID
    public var signature: TypeID
    /// The tuple of the extensions' extrinsic types.
    public var extra: TypeID
    public var signedExtensions: [SignedExtensionMetadata]

    public init(
        type: TypeID, version: UInt8 = 4, address: TypeID, call: TypeID, signature: TypeID, extra: TypeID,
        signedExtensions: [SignedExtensionMetadata]
    ) {
        self.type = type
        self.version = version
        self.address = address
        self.call = call
        self.signature = signature
        self.extra = extra
        self.signedExtensions = signedExtensions
    }

    /// `ExtrinsicMetadata` of V14 or V15.
    public func encode(to encoder: inout SCALEEncoder, version metadataVersion: UInt8) {
        if metadataVersion >= 15 {
            encoder.encode(version)
            for id in [address, call, signature, extra] { encoder.encodeCompact(id) }
        } else {
            encoder.encodeCompact(type)
            encoder.encode(version)
        }
        encoder.encode(signedExtensions)
    }
}
