import Hashing

/// SS58 addresses: `Base58(prefix ‖ public key ‖ checksum)`, the checksum being the first two
/// bytes of `blake2b_512("SS58PRE" ‖ prefix ‖ public key)`. Bittensor uses prefix 42.
public enum SS58 {
    /// Bittensor's (and Substrate's generic) network prefix.
    public static let bittensorPrefix: UInt16 = 42

    /// Why an address was rejected.
    public enum Error: Swift.Error, Equatable, CustomStringConvertible {
        case invalidBase58(character: Character, offset: Int)
        case invalidLength(Int)
        case invalidChecksum
        case invalidPrefix(UInt16)
        case prefixMismatch(expected: UInt16, actual: UInt16)
        case invalidPublicKeyLength(Int)

        public var description: String {
            switch self {
            case .invalidBase58(let c, let offset):
                return "invalid SS58 address: '\(c)' at position \(offset) is not a base58 character"
            case .invalidLength(let n):
                return "invalid SS58 address: decodes to \(n) bytes, expected 35 or 36 for a 32-byte key"
            case .invalidChecksum:
                return "invalid SS58 address: checksum mismatch"
            case .invalidPrefix(let p):
                return "invalid SS58 address: network prefix \(p) is reserved or out of range"
            case .prefixMismatch(let expected, let actual):
                return "SS58 address is for network \(actual), expected network \(expected)"
            case .invalidPublicKeyLength(let n):
                return "cannot make an SS58 address from a \(n)-byte key (expected 32)"
            }
        }
    }

    /// Whether `prefix` may be used: below 16384 and not one of the reserved 46, 47.
    public static func isValidPrefix(_ prefix: UInt16) -> Bool {
        prefix < 16384 && prefix != 46 && prefix != 47
    }

    /// The prefix bytes: one byte below 64, two bytes (the "full" form) below 16384.
    static func prefixBytes(_ prefix: UInt16) -> [UInt8] {
        if prefix < 64 { return [UInt8(prefix)] }
        let first = UInt8(truncatingIfNeeded: (prefix & 0b1111_1100) >> 2) | 0b0100_0000
        let second = UInt8(truncatingIfNeeded: prefix >> 8) | UInt8(truncatingIfNeeded: (prefix & 0b11) << 6)
        return [first, second]
    }

    static func checksum(_ payload: [UInt8]) -> [UInt8] {
        Array(Blake2b.hash512(Array("SS58PRE".utf8) + payload).prefix(2))
    }

    /// The address of the 32-byte `publicKey` on network `prefix`.
    public static func encode(publicKey: [UInt8], prefix: UInt16 = bittensorPrefix) throws(Error) -> String {
        guard publicKey.count == 32 else { throw .invalidPublicKeyLength(publicKey.count) }
        guard isValidPrefix(prefix) else { throw .invalidPrefix(prefix) }
        let payload = prefixBytes(prefix) + publicKey
        return Base58.encode(payload + checksum(payload))
    }

    /// Decodes `address` into its network prefix and 32-byte public key, verifying the checksum.
    public static func decode(_ address: String) throws(Error) -> (prefix: UInt16, publicKey: [UInt8]) {
        let bytes: [UInt8]
        switch Base58.decode(address) {
        case .success(let b): bytes = b
        case .failure(let bad): throw .invalidBase58(character: bad.character, offset: bad.offset)
        }
        guard let first = bytes.first else { throw .invalidLength(0) }
        let prefix: UInt16
        let prefixLength: Int
        switch first {
        case 0..<64:
            prefix = UInt16(first)
            prefixLength = 1
        case 64..<128:
            guard bytes.count >= 2 else { throw .invalidLength(bytes.count) }
            let lower = UInt16((first << 2) | (bytes[1] >> 6))
            let upper = UInt16(bytes[1] & 0b0011_1111)
            prefix = lower | (upper << 8)
            prefixLength = 2
        default:
            throw .invalidPrefix(UInt16(first))
        }
        guard bytes.count == prefixLength + 32 + 2 else { throw .invalidLength(bytes.count) }
        let payload = Array(bytes[0..<(prefixLength + 32)])
        guard checksum(payload) == Array(bytes.suffix(2)) else { throw .invalidChecksum }
        guard isValidPrefix(prefix) else { throw .invalidPrefix(prefix) }
        return (prefix, Array(payload[prefixLength...]))
    }

    /// Decodes `address` and requires it to be on network `prefix`.
    public static func decode(_ address: String, expectedPrefix prefix: UInt16) throws(Error) -> [UInt8] {
        let decoded = try decode(address)
        guard decoded.prefix == prefix else { throw .prefixMismatch(expected: prefix, actual: decoded.prefix) }
        return decoded.publicKey
    }
}
