/// The signature schemes Substrate accounts use here.
public enum CryptoScheme: String, Sendable, CaseIterable, CustomStringConvertible {
    case sr25519
    case ed25519

    /// The `MultiSignature` variant index (`Ed25519 = 0`, `Sr25519 = 1`), also bittensor's
    /// keyfile `cryptoType` number.
    public var multiSignatureIndex: UInt8 {
        switch self {
        case .ed25519: return 0
        case .sr25519: return 1
        }
    }

    public var description: String { rawValue }
}
