import Primitives
import Runtime
import Yuma

extension AxonInfo: MetadataDescribable {
    /// `pallet_subtensor::AxonInfo` (all fields fixed width).
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["pallet_subtensor", "AxonInfo"]) { r in
            [
                TypeField("block", r.primitive(.u64), typeName: "u64"), TypeField("version", r.primitive(.u32), typeName: "u32"),
                TypeField("ip", r.primitive(.u128), typeName: "u128"), TypeField("port", r.primitive(.u16), typeName: "u16"),
                TypeField("ip_type", r.primitive(.u8), typeName: "u8"), TypeField("protocol", r.primitive(.u8), typeName: "u8"),
                TypeField("placeholder1", r.primitive(.u8), typeName: "u8"), TypeField("placeholder2", r.primitive(.u8), typeName: "u8"),
            ]
        }
    }
    public static var rustTypeName: String { "AxonInfoOf" }
}

extension PrometheusInfo: MetadataDescribable {
    /// `pallet_subtensor::PrometheusInfo`.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["pallet_subtensor", "PrometheusInfo"]) { r in
            [
                TypeField("block", r.primitive(.u64), typeName: "u64"), TypeField("version", r.primitive(.u32), typeName: "u32"),
                TypeField("ip", r.primitive(.u128), typeName: "u128"), TypeField("port", r.primitive(.u16), typeName: "u16"),
                TypeField("ip_type", r.primitive(.u8), typeName: "u8"),
            ]
        }
    }
    public static var rustTypeName: String { "PrometheusInfoOf" }
}

extension LoadedEmissionEntry: MetadataDescribable {
    /// `(T::AccountId, u64, u64)`: hotkey, server emission, validator emission.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        let u64 = registry.primitive(.u64)
        return registry.tuple([AccountID.metadataType(in: &registry), u64, u64])
    }
    public static var rustTypeName: String { "(T::AccountId, u64, u64)" }
}

extension UIDValue: MetadataDescribable {
    /// `(u16, u16)`: a uid and its weight or bond.
    public static func metadataType(in registry: inout TypeRegistry) -> TypeID {
        let u16 = registry.primitive(.u16)
        return registry.tuple([u16, u16])
    }
    public static var rustTypeName: String { "(u16, u16)" }
}
