import Primitives
import Runtime

/// `pallet_aura` (index 3): only the authority set this runtime stores.
enum AuraPallet: PalletDescription {
    static let name = "Aura"
    static let index: UInt8 = 3

    static func storage(in r: inout TypeRegistry) -> [StorageEntryMetadata]? {
        [.value(Aura.authorities, docs: ["The current authority set."], in: &r)]
    }
}
