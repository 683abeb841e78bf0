import Runtime
import RuntimeSupport

extension Weight: MetadataDescribable {
    /// `sp_weights::weight_v2::Weight` (clients probe for this path to pick weight v2).
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["sp_weights", "weight_v2", "Weight"]) { r in
            let compact = r.compact(of: r.primitive(.u64))
            return [TypeField("ref_time", compact, typeName: "u64"), TypeField("proof_size", compact, typeName: "u64")]
        }
    }
    public static var rustTypeName: String { "Weight" }
}

extension DispatchClass: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.plainEnum(["frame_support", "dispatch", "DispatchClass"], ["Normal", "Operational", "Mandatory"])
    }
    public static var rustTypeName: String { "DispatchClass" }
}

extension Pays: MetadataDescribable {
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.plainEnum(["frame_support", "dispatch", "Pays"], ["Yes", "No"])
    }
    public static var rustTypeName: String { "Pays" }
}

extension DispatchInfo: MetadataDescribable {
    /// `frame_support::dispatch::DispatchInfo { weight, class, pays_fee }`.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["frame_support", "dispatch", "DispatchInfo"]) { r in
            [
                TypeField("weight", Weight.metadataType(in: &r), typeName: "Weight"),
                TypeField("class", DispatchClass.metadataType(in: &r), typeName: "DispatchClass"),
                TypeField("pays_fee", Pays.metadataType(in: &r), typeName: "Pays"),
            ]
        }
    }
    public static var rustTypeName: String { "DispatchInfo" }
}

extension DispatchError: MetadataDescribable {
    /// `sp_runtime::DispatchError` with the variants (and indices) the runtime encodes.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.variant(["sp_runtime", "DispatchError"]) { r in
            let module = r.composite(["sp_runtime", "ModuleError"]) { r in
                [
                    TypeField("index", r.primitive(.u8), typeName: "u8"),
                    TypeField("error", r.array(4, of: r.primitive(.u8)), typeName: "[u8; MAX_MODULE_ERROR_ENCODED_SIZE]"),
                ]
            }
            let token = r.plainEnum(["sp_runtime", "TokenError"], TokenError.allCases.map { upperCamel($0) })
            let arithmetic = r.plainEnum(["sp_arithmetic", "ArithmeticError"], ArithmeticError.allCases.map { upperCamel($0) })
            let transactional = r.plainEnum(["sp_runtime", "TransactionalError"], TransactionalError.allCases.map { upperCamel($0) })
            func unit(_ name: String, _ index: UInt8) -> TypeVariant { TypeVariant(name, index: index) }
            func wrapping(_ name: String, _ index: UInt8, _ type: TypeID, _ typeName: String) -> TypeVariant {
                TypeVariant(name, index: index, fields: [TypeField(nil, type, typeName: typeName)])
            }
            return [
                unit("Other", 0), unit("CannotLookup", 1), unit("BadOrigin", 2), wrapping("Module", 3, module, "ModuleError"),
                unit("ConsumerRemaining", 4), unit("NoProviders", 5), unit("TooManyConsumers", 6),
                wrapping("Token", 7, token, "TokenError"), wrapping("Arithmetic", 8, arithmetic, "ArithmeticError"),
                wrapping("Transactional", 9, transactional, "TransactionalError"),
                unit("Exhausted", 10), unit("Corruption", 11), unit("Unavailable", 12), unit("RootNotAllowed", 13),
            ]
        }
    }
    public static var rustTypeName: String { "DispatchError" }
}

extension DispatchOutcome: MetadataDescribable {
    /// `DispatchResult` = `Result<(), DispatchError>`.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.result(ok: registry.unit(), error: DispatchError.metadataType(in: &registry))
    }
    public static var rustTypeName: String { "DispatchResult" }
}

extension Phase: MetadataDescribable {
    /// `frame_system::Phase`.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.variant(["frame_system", "Phase"]) { r in
            [
                TypeVariant("ApplyExtrinsic", index: 0, fields: [TypeField(nil, r.primitive(.u32), typeName: "u32")]),
                TypeVariant("Finalization", index: 1),
                TypeVariant("Initialization", index: 2),
            ]
        }
    }
    public static var rustTypeName: String { "Phase" }
}
