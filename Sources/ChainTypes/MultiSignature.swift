import Keys
import SCALECodec

/// An extrinsic signature (`sp_runtime::MultiSignature`): `0` Ed25519, `1` Sr25519 (64 bytes
/// each), `2` Ecdsa (65 bytes).
public enum MultiSignature: Equatable, Sendable, SCALECodable {
    case ed25519([UInt8])
    case sr25519([UInt8])
    case ecdsa([UInt8])

    /// Wraps a signature made by a key of `scheme`.
    public init(_ signature: [UInt8], scheme: CryptoScheme) {
        switch scheme {
        case .ed25519: self = .ed25519(signature)
        case .sr25519: self = .sr25519(signature)
        }
    }

    /// Whether this signature is valid for `message` and the 32-byte `publicKey`
    /// (ECDSA signatures are not accepted: Subtensor accounts are sr25519 or ed25519).
    public func verify(_ message: [UInt8], publicKey: [UInt8]) -> Bool {
        switch self {
        case .ed25519(let s): return Keypair.verify(s, message: message, publicKey: publicKey, scheme: .ed25519)
        case .sr25519(let s): return Keypair.verify(s, message: message, publicKey: publicKey, scheme: .sr25519)
        case .ecdsa: return false
        }
    }

    public func encode(to encoder: inout SCALEEncoder) {
        switch self {
        case .ed25519(let s):
            encoder.encodeVariantIndex(0)
            encoder.appendBytes(s)
        case .sr25519(let s):
            encoder.encodeVariantIndex(1)
            encoder.appendBytes(s)
        case .ecdsa(let s):
            encoder.encodeVariantIndex(2)
            encoder.appendBytes(s)
        }
    }

    public init(from decoder: inout SCALEDecoder) throws {
        switch try decoder.decodeVariantIndex(of: MultiSignature.self, allowed: 0...2) {
        case 0: self = .ed25519(try decoder.decodeFixedBytes(64))
        case 1: self = .sr25519(try decoder.decodeFixedBytes(64))
        default: self = .ecdsa(try decoder.decodeFixedBytes(65))
        }
    }
}
