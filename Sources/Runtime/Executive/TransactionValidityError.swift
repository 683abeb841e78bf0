import SCALECodec
/// Why a transaction cannot be included (`sp_runtime::transaction_validity`), as the pool and
/// `author_submitExtrinsic` (error 1010 / 1011) report it.
public enum TransactionValidityError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(InvalidTransaction)
    case unknown(UnknownTransaction)

    public var description: String {
        switch self {
        case .invalid(let reason): return "Invalid Transaction: \(reason)"
        case .unknown(let reason): return "Unknown Transaction Validity: \(reason)"
        }
    }
}

/// `InvalidTransaction`, with the chain's variant indices.
public enum InvalidTransaction: Equatable, Sendable, CustomStringConvertible {
    /// The call cannot be decoded or may not be submitted this way.
    case call
    /// The sender cannot pay the fee.
    case payment
    /// The nonce is ahead of the account's.
    case future
    /// The nonce was already used.
    case stale
    /// The signature does not verify.
    case badProof
    /// The era's birth block is not known (too old or in the future).
    case ancientBirthBlock
    /// The transaction does not fit in a block.
    case exhaustsResources
    case custom(UInt8)
    /// An inherent failed.
    case badMandatory
    case mandatoryValidation
    /// The sender is the zero account.
    case badSigner

    public var index: UInt8 {
        switch self {
        case .call: return 0
        case .payment: return 1
        case .future: return 2
        case .stale: return 3
        case .badProof: return 4
        case .ancientBirthBlock: return 5
        case .exhaustsResources: return 6
        case .custom: return 7
        case .badMandatory: return 8
        case .mandatoryValidation: return 9
        case .badSigner: return 10
        }
    }

    public var description: String {
        switch self {
        case .call: return "Transaction call is not expected"
        case .payment: return "Inability to pay some fees (e.g. account balance too low)"
        case .future: return "Transaction will be valid in the future"
        case .stale: return "Transaction is outdated"
        case .badProof: return "Transaction has a bad signature"
        case .ancientBirthBlock: return "Transaction has an ancient birth block"
        case .exhaustsResources: return "Transaction would exhaust the block limits"
        case .custom(let code): return "Custom error: \(code)"
        case .badMandatory: return "A call was labelled as mandatory, but resulted in an Error."
        case .mandatoryValidation: return "Transaction dispatch is mandatory; transactions must not be validated."
        case .badSigner: return "Invalid signing address"
        }
    }
}

/// `UnknownTransaction`.
public enum UnknownTransaction: Equatable, Sendable, CustomStringConvertible {
    case cannotLookup
    case noUnsignedValidator
    case custom(UInt8)

    public var description: String {
        switch self {
        case .cannotLookup: return "Could not lookup information required to validate the transaction"
        case .noUnsignedValidator: return "Could not find an unsigned validator for the unsigned transaction"
        case .custom(let code): return "Custom error: \(code)"
        }
    }
}
