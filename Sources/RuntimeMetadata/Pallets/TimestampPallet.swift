import Runtime

/// `pallet_timestamp` (index 2): the block time, set by the `set` inherent.
enum TimestampPallet: PalletDescription {
    static let name = "Timestamp"
    static let index = Timestamp.index

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        [
            .value(Timestamp.now, docs: ["Current time for the current block."], in: &r),
            .value(Timestamp.didUpdate, docs: ["Did the timestamp get updated in this block?"], in: &r),
        ]
    }

    static func callType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_timestamp", "Call"), parameters: [TypeParameter("T", nil)]) { r in
            [TypeVariant("set", index: 0, fields: [r.compactField("now", UInt64.self, typeName: "T::Moment")], docs: ["Set the current time."])]
        }
    }

    static func constants(in r: inout TypeRegistry) -> [ConstantMetadata] {
        [constant("MinimumPeriod", Timestamp.minimumPeriod, docs: ["The minimum period between blocks."], in: &r)]
    }
}
