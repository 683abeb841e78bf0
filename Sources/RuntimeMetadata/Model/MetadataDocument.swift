import SCALECodec

/// The whole metadata before encoding: the registry and every section that refers into it.
/// V14 and V15 are two encodings of the same document.
public struct MetadataDocument: Sendable {
    public var registry: TypeRegistry
    public var pallets: [PalletMetadata]
    public var extrinsic: ExtrinsicMetadata
    /// `node_subtensor_runtime::Runtime`.
    public var runtimeType: TypeID
    public var apis: [RuntimeAPIMetadata]
    /// V15's outer enums: call, event, error.
    public var outerEnums: (call: TypeID, event: TypeID, error: TypeID)

    /// Describes this runtime. Types get their ids in the order the description meets them:
    /// pallets first (System's storage gives `AccountId32` id 0, as in FRAME), then the
    /// extrinsic, the runtime type, the outer enums and the runtime APIs.
    public static func build() -> MetadataDocument {
        var registry = TypeRegistry()
        let pallets = RuntimeTypes.pallets.map { $0.metadata(in: &registry) }
        let extrinsic = RuntimeTypes.extrinsic(in: &registry)
        let runtimeType = RuntimeTypes.runtime(in: &registry)
        let outerEnums = (
            call: RuntimeTypes.call(in: &registry), event: RuntimeTypes.event(in: &registry), error: RuntimeTypes.error(in: &registry)
        )
        let apis = RuntimeAPIs.describe(in: &registry)
        return MetadataDocument(
            registry: registry, pallets: pallets, extrinsic: extrinsic, runtimeType: runtimeType, apis: apis, outerEnums: outerEnums)
    }

    /// `"meta"` ‖ `version` ‖ the V14 or V15 body.
    public func encoded(version: UInt8) -> [UInt8] {
        precondition(version == 14 || version == 15, "metadata V\(version) is not generated")
        var encoder = SCALEEncoder(reservingCapacity: 1 << 17)
        encoder.appendBytes(RuntimeMetadata.magic)
        encoder.encode(version)
        registry.encode(to: &encoder)
        encoder.encodeCompactLength(pallets.count)
        for pallet in pallets { pallet.encode(to: &encoder, version: version) }
        extrinsic.encode(to: &encoder, version: version)
        encoder.encodeCompact(runtimeType)
        guard version >= 15 else { return encoder.takeBytes() }
        encoder.encode(apis)
        for id in [outerEnums.call, outerEnums.event, outerEnums.error] { encoder.encodeCompact(id) }
        encoder.encodeCompactLength(0)  // custom: no entries
        return encoder.takeBytes()
    }
}
