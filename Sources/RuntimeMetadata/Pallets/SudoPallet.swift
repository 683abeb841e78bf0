import ChainTypes
import Primitives
import Runtime

/// `pallet_sudo` (index 12): one key that dispatches calls as root.
enum SudoPallet: PalletDescription {
    static let name = "Sudo"
    static let index = Sudo.index

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        [.value(Sudo.key, optional: true, docs: ["The `AccountId` of the sudo key."], in: &r)]
    }

    static func callType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_sudo", "Call"), parameters: [TypeParameter("T", nil)]) { r in
            let call = TypeField("call", RuntimeTypes.call(in: &r), typeName: "Box<<T as Config>::RuntimeCall>")
            return [
                TypeVariant("sudo", index: 0, fields: [call], docs: ["Authenticates the sudo key and dispatches a function call with `Root` origin."]),
                TypeVariant(
                    "sudo_unchecked_weight", index: 1, fields: [call, r.field("weight", Weight.self)],
                    docs: ["Authenticates the sudo key and dispatches a function call with `Root` origin, declaring the weight."]),
                TypeVariant("set_key", index: 2, fields: [r.field("new", MultiAddress.self)], docs: ["Authenticates the current sudo key and sets the given account as the new sudo key."]),
                TypeVariant(
                    "sudo_as", index: 3, fields: [r.field("who", MultiAddress.self), call],
                    docs: ["Authenticates the sudo key and dispatches a function call with `Signed` origin from a given account."]),
            ]
        }
    }

    static func eventType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_sudo", "Event"), parameters: [TypeParameter("T", nil)]) { r in
            [
                TypeVariant("Sudid", index: 0, fields: [r.field("sudo_result", DispatchOutcome.self)], docs: ["A sudo just took place."]),
                TypeVariant("KeyChanged", index: 1, fields: [r.field("old_sudoer", AccountID?.self)], docs: ["The sudoer just switched identity; the old key is supplied if one existed."]),
                TypeVariant("SudoAsDone", index: 2, fields: [r.field("sudo_result", DispatchOutcome.self)], docs: ["A sudo just took place."]),
            ]
        }
    }

    static func errorType(in r: inout TypeRegistry) -> TypeID? {
        r.variant(enumPath("pallet_sudo", "Error"), parameters: [TypeParameter("T", nil)]) { _ in
            errorVariants([("RequireSudo", "Sender must be the Sudo account")])
        }
    }
}
