import RuntimeSupport

/// The names of the runtime's module errors, by pallet and error index, as metadata gives them:
/// what a client shows when a decoded `DispatchError.module` carries only indices.
public enum RuntimeErrorNames {
    /// `(pallet name, error name)` for a pallet and error index, or `nil` when the runtime has no
    /// such error.
    public static func lookup(pallet: UInt8, error: UInt8) -> (pallet: String, error: String)? {
        switch pallet {
        case SubtensorError.palletIndex:
            return SubtensorError(rawValue: error).map { ("SubtensorModule", $0.name) }
        case Balances.index:
            guard let value = BalancesError(rawValue: error), case .module(let m) = value.dispatchError else { return nil }
            return ("Balances", m.errorName)
        case Sudo.index:
            return error == 0 ? ("Sudo", "RequireSudo") : nil
        default:
            return nil
        }
    }

    /// `error` with its module names filled in (unknown indices are named `Pallet<i>.Error<j>`).
    public static func named(_ error: DispatchError) -> DispatchError {
        guard case .module(let m) = error else { return error }
        let names = lookup(pallet: m.palletIndex, error: m.errorIndex) ?? ("Pallet\(m.palletIndex)", "Error\(m.errorIndex)")
        return .module(ModuleError(palletIndex: m.palletIndex, errorIndex: m.errorIndex, palletName: names.pallet, errorName: names.error))
    }
}
