/// SHA3-256 (FIPS 202, padding `0x06 … 0x80`), e.g. bittensor's synapse body hashes
/// (Python's `hashlib.sha3_256`). Not Keccak-256, whose padding is `0x01`.
public enum SHA3_256 {
    /// Rate in bytes (1088 bits).
    public static let rate = 136

    /// The 32-byte digest of `data`.
    @inlinable
    public static func hash<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        if let digest = data.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(data).withUnsafeBytes { hash($0) }
    }

    /// The 32-byte digest of the bytes in `buffer`.
    @inlinable
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        KeccakF1600.digest256(buffer, rate: rate, padding: 0x06)
    }
}
