import Keys
import Primitives

/// Who signs an extrinsic: the account, its scheme and a signing function, so that any key
/// holder (a `Keypair`, a wallet's keyfile key) can sign without handing over its secret.
public struct ExtrinsicSigner: Sendable {
    /// The signing account.
    public let accountID: AccountID
    /// The signature scheme.
    public let scheme: CryptoScheme
    /// Signs a payload.
    public let sign: @Sendable ([UInt8]) -> [UInt8]

    public init(accountID: AccountID, scheme: CryptoScheme, sign: @escaping @Sendable ([UInt8]) -> [UInt8]) {
        self.accountID = accountID
        self.scheme = scheme
        self.sign = sign
    }

    /// Signs with `keypair`.
    public init(_ keypair: Keypair) {
        self.init(accountID: keypair.accountID, scheme: keypair.scheme) { keypair.sign($0) }
    }
}
