import SCALECodec

/// One pallet in the metadata: its index (the first byte of its calls and events), storage,
/// and the ids of its call, event and error enums.
public struct PalletMetadata: Sendable {
    /// The name users type (`SubtensorModule`).
    public var name: String
    public var index: UInt8
    /// The storage prefix hashed into keys (the pallet name in this runtime).
    public var storagePrefix: String
    /// Storage items; `nil` for a pallet without storage.
    public var storage: [StorageEntryMetadata]?
    public var calls: TypeID?
    public var event: TypeID?
    public var constants: [ConstantMetadata]
    public var error: TypeID?
    public var docs: [String]

    public init(
        name: String, index: UInt8, storage: [StorageEntryMetadata]? = nil, calls: TypeID? = nil, event: TypeID? = nil,
        constants: [ConstantMetadata] = [], error: TypeID? = nil, docs: [String] = []
    ) {
        self.name = name
        self.index = index
        storagePrefix = name
        self.storage = storage
        self.calls = calls
        self.event = event
        self.constants = constants
        self.error = error
        self.docs = docs
    }

    /// `PalletMetadata` of V14, or of V15 (which appends the docs).
    public func encode(to encoder: inout SCALEEncoder, version: UInt8) {
        encoder.encode(name)
        if let storage {
            encoder.encodeVariantIndex(1)
            encoder.encode(storagePrefix)
            encoder.encode(storage)
        } else {
            encoder.encodeVariantIndex(0)
        }
        for id in [calls, event] { encodeOptionalID(id, &encoder) }
        encoder.encode(constants)
        encodeOptionalID(error, &encoder)
        encoder.encode(index)
        if version >= 15 { encoder.encode(docs) }
    }

    private func encodeOptionalID(_ id: TypeID?, _ encoder: inout SCALEEncoder) {
        if let id {
            encoder.encodeVariantIndex(1)
            encoder.encodeCompact(id)
        } else {
            encoder.encodeVariantIndex(0)
        }
    }
}
