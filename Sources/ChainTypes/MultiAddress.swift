import Primitives
import SCALECodec

/// The extrinsic sender's address (`sp_runtime::MultiAddress<AccountId32, ()>`). Subtensor
/// accounts are always `Id`; other variants are rejected when decoded.
public enum MultiAddress: Equatable, Sendable, SCALECodable {
    case id(AccountID)

    /// The account.
    public var accountID: AccountID {
        switch self {
        case .id(let account): return account
        }
    }

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .id(let account):
            encoder.encodeVariantIndex(0)
            account.encode(to: &encoder)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        let index = try decoder.decodeVariantIndex(of: MultiAddress.self)
        guard index == 0 else {
            throw decoder.invalidValue("only MultiAddress::Id (0) is supported, got variant \(index)", of: MultiAddress.self, at: decoder.offset - 1)
        }
        self = .id(try decoder.decode(AccountID.self))
    }
}
