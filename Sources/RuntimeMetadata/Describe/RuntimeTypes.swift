import Primitives
import RuntimeSupport

/// The runtime-level types: the runtime marker, the outer call/event/error enums (one variant
/// per pallet, the variant index being the pallet index) and `frame_system::EventRecord`.
enum RuntimeTypes {
    /// The pallets in index order (metatypes of stateless descriptions; never mutated).
    nonisolated(unsafe) static let pallets: [any PalletDescription.Type] = [
        SystemPallet.self, TimestampPallet.self, AuraPallet.self, BalancesPallet.self, TransactionPaymentPallet.self,
        SubtensorPallet.self, SudoPallet.self,
    ]

    /// `node_subtensor_runtime::Runtime`, the type the metadata's `ty` names.
    static func runtime(in registry: inout TypeRegistry) -> TypeID {
        registry.composite(["node_subtensor_runtime", "Runtime"]) { _ in [] }
    }

    /// `node_subtensor_runtime::RuntimeCall` (recursive through `Sudo.sudo`).
    static func call(in registry: inout TypeRegistry) -> TypeID {
        outerEnum("RuntimeCall", "CallableCallFor", registry: &registry) { $0.callType(in: &$1) }
    }

    /// `node_subtensor_runtime::RuntimeEvent`.
    static func event(in registry: inout TypeRegistry) -> TypeID {
        outerEnum("RuntimeEvent", "Event", registry: &registry) { $0.eventType(in: &$1) }
    }

    /// `node_subtensor_runtime::RuntimeError` (V15's outer error enum).
    static func error(in registry: inout TypeRegistry) -> TypeID {
        outerEnum("RuntimeError", "Error", registry: &registry) { $0.errorType(in: &$1) }
    }

    private static func outerEnum(
        _ name: String, _ wrapper: String, registry: inout TypeRegistry,
        _ inner: (any PalletDescription.Type, inout TypeRegistry) -> TypeID?
    ) -> TypeID {
        registry.variant(["node_subtensor_runtime", name]) { r in
            pallets.compactMap { pallet in
                inner(pallet, &r).map { type in
                    let typeName = wrapper == "CallableCallFor" ? "CallableCallFor<\(pallet.name), Runtime>" : "\(wrapper)<\(pallet.name)>"
                    return TypeVariant(pallet.name, index: pallet.index, fields: [TypeField(nil, type, typeName: typeName)])
                }
            }
        }
    }

    /// `frame_system::EventRecord<RuntimeEvent, H256>`: what `System.Events` holds.
    static func eventRecord(in registry: inout TypeRegistry) -> TypeID {
        let event = event(in: &registry)
        let hash = H256.metadataType(in: &registry)
        return registry.composite(["frame_system", "EventRecord"], parameters: [TypeParameter("E", event), TypeParameter("T", hash)]) { r in
            [
                r.field("phase", Phase.self),
                TypeField("event", event, typeName: "E"),
                TypeField("topics", r.sequence(of: hash), typeName: "Vec<T>"),
            ]
        }
    }
}
