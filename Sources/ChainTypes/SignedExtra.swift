import Primitives
import SCALECodec

/// The signed extensions' bytes carried in a Subtensor (spec 127) extrinsic, in the chain's
/// order: `CheckNonZeroSender`, `CheckSpecVersion`, `CheckTxVersion`, `CheckGenesis`,
/// `CheckMortality` (era), `CheckNonce` (compact nonce), `CheckWeight`,
/// `ChargeTransactionPayment` (compact tip), `SubtensorSignedExtension`. Only era, nonce and
/// tip put bytes into the extrinsic.
public struct SignedExtra: Equatable, Sendable, SCALECodable {
    /// `CheckMortality`.
    public var era: Era
    /// `CheckNonce`.
    public var nonce: UInt32
    /// `ChargeTransactionPayment`.
    public var tip: UInt64

    public init(era: Era = .immortal, nonce: UInt32, tip: UInt64 = 0) {
        self.era = era
        self.nonce = nonce
        self.tip = tip
    }

    /// The extension identifiers in order, as metadata lists them.
    public static let identifiers = [
        "CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis", "CheckMortality",
        "CheckNonce", "CheckWeight", "ChargeTransactionPayment", "SubtensorSignedExtension",
    ]

    public func encode(to encoder: inout SCALEEncoder) {
        era.encode(to: &encoder)
        encoder.encodeCompact(nonce)
        encoder.encodeCompact(tip)
    }

    public init(from decoder: inout SCALEDecoder) throws {
        era = try decoder.decode(Era.self)
        nonce = try decoder.decodeCompact(as: UInt32.self)
        tip = try decoder.decodeCompact(as: UInt64.self)
    }
}

/// What the extensions add to the signed payload without putting it in the extrinsic: the
/// runtime versions, the genesis hash and the hash of the era's birth block.
public struct AdditionalSigned: Equatable, Sendable, SCALEEncodable {
    /// `CheckSpecVersion`.
    public var specVersion: UInt32
    /// `CheckTxVersion`.
    public var transactionVersion: UInt32
    /// `CheckGenesis`.
    public var genesisHash: H256
    /// `CheckMortality`: the birth block's hash (the genesis hash for immortal transactions).
    public var birthHash: H256

    public init(specVersion: UInt32, transactionVersion: UInt32, genesisHash: H256, birthHash: H256) {
        self.specVersion = specVersion
        self.transactionVersion = transactionVersion
        self.genesisHash = genesisHash
        self.birthHash = birthHash
    }

    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encode(specVersion)
        encoder.encode(transactionVersion)
        genesisHash.encode(to: &encoder)
        birthHash.encode(to: &encoder)
    }
}
