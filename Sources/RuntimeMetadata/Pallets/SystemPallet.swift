import ChainTypes
import Primitives
import Runtime
import RuntimeSupport

/// `frame_system` (index 0): accounts, block bookkeeping and events.
enum SystemPallet: PalletDescription {
    static let name = "System"
    static let index = System.index

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        [
            .map(System.account, docs: ["The full account information for a particular account ID."], in: &r),
            .value(System.extrinsicCount, optional: true, docs: ["Total extrinsics count for the current block."], in: &r),
            .map(System.blockHash, docs: ["Map of block numbers to block hashes."], in: &r),
            .value(System.number, docs: ["The current block number being processed."], in: &r),
            .value(System.parentHash, docs: ["Hash of the previous block."], in: &r),
            StorageEntryMetadata(
                name: Executive.digest.item, modifier: .default, kind: .plain(value: RuntimeTypes.digest(in: &r)),
                defaultBytes: Executive.digest.defaultValue.scaleEncoded(), docs: ["Digest of the current block."]),
            StorageEntryMetadata(
                name: "Events", modifier: .default, kind: .plain(value: r.sequence(of: RuntimeTypes.eventRecord(in: &r))),
                defaultBytes: [0], docs: ["Events deposited for the current block."]),
            .value(System.eventCount, docs: ["The number of events in the `Events<T>` list."], in: &r),
            .value(System.upgradedToU32RefCount, docs: ["True if the account reference counters are `u32`."], in: &r),
            .value(System.upgradedToTripleRefCount, docs: ["True if accounts have `sufficients` references."], in: &r),
        ]
    }

    static func callType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("frame_system", "Call"), parameters: [TypeParameter("T", nil)]) { r in
            let keyValue = r.tuple([r.bytes(), r.bytes()])
            return [
                TypeVariant("remark", index: 0, fields: [r.field("remark", [UInt8].self)], docs: ["Make some on-chain remark."]),
                TypeVariant("set_heap_pages", index: 1, fields: [r.field("pages", UInt64.self)], docs: ["Set the number of pages in the WebAssembly environment's heap."]),
                TypeVariant("set_code", index: 2, fields: [r.field("code", [UInt8].self)], docs: ["Set the new runtime code."]),
                TypeVariant("set_code_without_checks", index: 3, fields: [r.field("code", [UInt8].self)], docs: ["Set the new runtime code without doing any checks."]),
                TypeVariant("set_storage", index: 4, fields: [TypeField("items", r.sequence(of: keyValue), typeName: "Vec<KeyValue>")], docs: ["Set some items of storage."]),
                TypeVariant("kill_storage", index: 5, fields: [TypeField("keys", r.sequence(of: r.bytes()), typeName: "Vec<Key>")], docs: ["Kill some items from storage."]),
                TypeVariant(
                    "kill_prefix", index: 6, fields: [TypeField("prefix", r.bytes(), typeName: "Key"), r.field("subkeys", UInt32.self)],
                    docs: ["Kill all storage items with a key that starts with the given prefix."]),
                TypeVariant("remark_with_event", index: 7, fields: [r.field("remark", [UInt8].self)], docs: ["Make some on-chain remark and emit event."]),
            ]
        }
    }

    static func eventType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("frame_system", "Event"), parameters: [TypeParameter("T", nil)]) { r in
            [
                TypeVariant("ExtrinsicSuccess", index: 0, fields: [r.field("dispatch_info", DispatchInfo.self)], docs: ["An extrinsic completed successfully."]),
                TypeVariant(
                    "ExtrinsicFailed", index: 1,
                    fields: [r.field("dispatch_error", DispatchError.self), r.field("dispatch_info", DispatchInfo.self)],
                    docs: ["An extrinsic failed."]),
                TypeVariant("CodeUpdated", index: 2, docs: ["`:code` was updated."]),
                TypeVariant("NewAccount", index: 3, fields: [r.field("account", AccountID.self)], docs: ["A new account was created."]),
                TypeVariant("KilledAccount", index: 4, fields: [r.field("account", AccountID.self)], docs: ["An account was reaped."]),
                TypeVariant(
                    "Remarked", index: 5, fields: [r.field("sender", AccountID.self), r.field("hash", H256.self)],
                    docs: ["On on-chain remark happened."]),
            ]
        }
    }

    static func errorType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("frame_system", "Error"), parameters: [TypeParameter("T", nil)]) { _ in
            errorVariants([
                ("InvalidSpecName", "The name of specification does not match between the current runtime and the new runtime."),
                ("SpecVersionNeedsToIncrease", "The specification version is not allowed to decrease between the current runtime and the new runtime."),
                ("FailedToExtractRuntimeVersion", "Failed to extract the runtime version from the new runtime."),
                ("NonDefaultComposite", "Suicide called when the account has non-default composite data."),
                ("NonZeroRefCount", "There is a non-zero reference count preventing the account from being purged."),
                ("CallFiltered", "The origin filter prevent the call to be dispatched."),
            ])
        }
    }

    static func constants(in r: inout TypeRegistry) -> [ConstantMetadata] {
        [
            constant("BlockHashCount", System.blockHashCount, docs: ["Maximum number of block number to block hash mappings to keep (oldest pruned first)."], in: &r),
            ConstantMetadata(
                name: "Version", type: RuntimeTypes.runtimeVersion(in: &r), value: RuntimeVersion.current.scaleEncoded(),
                docs: ["Get the chain's current version."]),
            constant("SS58Prefix", Runtime.ss58Prefix, docs: ["The designated SS58 prefix of this chain."], in: &r),
        ]
    }
}
