import SCALECodec

/// How one pallet describes itself to the metadata: its identity, the types of its call, event
/// and error enums, its storage and constants. Everything defaults to "none".
protocol PalletDescription {
    static var name: String { get }
    static var index: UInt8 { get }
    static var docs: [String] { get }
    static func callType(in registry: inout TypeRegistry) -> TypeID?
    static func eventType(in registry: inout TypeRegistry) -> TypeID?
    static func errorType(in registry: inout TypeRegistry) -> TypeID?
    static func storage(in registry: inout TypeRegistry) -> [StorageEntryMetadata]?
    static func constants(in registry: inout TypeRegistry) -> [ConstantMetadata]
}

extension PalletDescription {
    static var docs: [String] { [] }
    static func callType(in registry: inout TypeRegistry) -> TypeID? { nil }
    static func eventType(in registry: inout TypeRegistry) -> TypeID? { nil }
    static func errorType(in registry: inout TypeRegistry) -> TypeID? { nil }
    static func storage(in registry: inout TypeRegistry) -> [StorageEntryMetadata]? { nil }
    static func constants(in registry: inout TypeRegistry) -> [ConstantMetadata] { [] }

    /// The pallet's metadata entry (storage first, as FRAME registers it).
    static func metadata(in registry: inout TypeRegistry) -> PalletMetadata {
        let storage = storage(in: &registry)
        let calls = callType(in: &registry)
        let event = eventType(in: &registry)
        let constants = constants(in: &registry)
        let error = errorType(in: &registry)
        return PalletMetadata(
            name: name, index: index, storage: storage, calls: calls, event: event, constants: constants, error: error, docs: docs)
    }

    /// The path of one of the pallet's enums: `<crate>::pallet::<Call|Event|Error>`.
    static func enumPath(_ crate: String, _ kind: String) -> [String] { [crate, "pallet", kind] }

    /// A constant of Swift type `T` with its encoded value.
    static func constant<T: MetadataDescribable & SCALEEncodable>(
        _ name: String, _ value: T, docs: [String] = [], in registry: inout TypeRegistry
    ) -> ConstantMetadata {
        ConstantMetadata(name: name, type: T.metadataType(in: &registry), value: value.scaleEncoded(), docs: docs)
    }

    /// Error variants 0, 1, 2 … with one doc line each.
    static func errorVariants(_ errors: [(name: String, doc: String)]) -> [TypeVariant] {
        errors.enumerated().map { TypeVariant($0.element.name, index: UInt8($0.offset), docs: [$0.element.doc]) }
    }
}
