import SCALECodec

/// Why a dispatch failed: `sp_runtime::DispatchError`, with the chain's variant indices.
public enum DispatchError: Error, Equatable, Sendable, CustomStringConvertible {
    case other
    case cannotLookup
    case badOrigin
    case module(ModuleError)
    case consumerRemaining
    case noProviders
    case tooManyConsumers
    case token(TokenError)
    case arithmetic(ArithmeticError)
    case transactional(TransactionalError)
    case exhausted
    case corruption
    case unavailable
    case rootNotAllowed

    public var description: String {
        switch self {
        case .other: return "Other"
        case .cannotLookup: return "CannotLookup"
        case .badOrigin: return "BadOrigin"
        case .module(let e): return e.description
        case .consumerRemaining: return "ConsumerRemaining"
        case .noProviders: return "NoProviders"
        case .tooManyConsumers: return "TooManyConsumers"
        case .token(let e): return "Token(\(e))"
        case .arithmetic(let e): return "Arithmetic(\(e))"
        case .transactional(let e): return "Transactional(\(e))"
        case .exhausted: return "Exhausted"
        case .corruption: return "Corruption"
        case .unavailable: return "Unavailable"
        case .rootNotAllowed: return "RootNotAllowed"
        }
    }
}

/// A pallet's own error: the pallet index and the error's variant index (`[u8; 4]` on the wire,
/// the first byte the variant, the rest zero), with the names for messages.
public struct ModuleError: Equatable, Sendable, CustomStringConvertible {
    /// The pallet's index in the runtime.
    public let palletIndex: UInt8
    /// The error variant's index within the pallet's error enum.
    public let errorIndex: UInt8
    /// The pallet's name (`SubtensorModule`), for messages only.
    public let palletName: String
    /// The error's name (`NotEnoughBalanceToStake`), for messages only.
    public let errorName: String

    public init(palletIndex: UInt8, errorIndex: UInt8, palletName: String, errorName: String) {
        self.palletIndex = palletIndex
        self.errorIndex = errorIndex
        self.palletName = palletName
        self.errorName = errorName
    }

    /// Two module errors are the same error when their indices match.
    public static func == (a: ModuleError, b: ModuleError) -> Bool {
        a.palletIndex == b.palletIndex && a.errorIndex == b.errorIndex
    }

    public var description: String { "\(palletName).\(errorName)" }
}

/// `sp_runtime::TokenError`.
public enum TokenError: UInt8, Sendable, CaseIterable {
    case fundsUnavailable, onlyProvider, belowMinimum, cannotCreate, unknownAsset, frozen, unsupported
    case cannotCreateHold, notExpendable, blocked
}

/// `sp_arithmetic::ArithmeticError`.
public enum ArithmeticError: UInt8, Sendable, CaseIterable {
    case underflow, overflow, divisionByZero
}

/// `sp_runtime::TransactionalError`.
public enum TransactionalError: UInt8, Sendable, CaseIterable {
    case limitReached, noLayer
}
