/// A 32-byte account identifier (an sr25519 or ed25519 public key), shown as an SS58 address.
public struct AccountID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The 32 raw bytes.
    public let bytes: [UInt8]

    /// Wraps 32 bytes; returns `nil` for any other length.
    /// The all-zero account (`AccountId::default()` on chain, e.g. an absent `Owner`).
    public static let zero = AccountID(bytes: [UInt8](repeating: 0, count: 32))!

    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses an SS58 address (any network) or a `0x`-prefixed 32-byte hex public key.
    public init(parsing text: String) throws {
        if text.hasPrefix("0x") {
            bytes = try Hex.decode(text, length: 32)
        } else {
            bytes = try SS58.decode(text).publicKey
        }
    }

    /// The SS58 address on `prefix` (default 42).
    public func ss58(prefix: UInt16 = SS58.bittensorPrefix) -> String {
        // 32 bytes and a valid prefix cannot fail; an invalid prefix falls back to hex.
        (try? SS58.encode(publicKey: bytes, prefix: prefix)) ?? Hex.encode(bytes, prefixed: true)
    }

    public var description: String { ss58() }

    public static func < (lhs: AccountID, rhs: AccountID) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
