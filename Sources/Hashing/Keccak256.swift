/// Keccak-256 with the original Keccak padding (`0x01 … 0x80`), as Ethereum and Bittensor's
/// registration proof of work use it; this is not SHA3-256 (padding `0x06`).
public enum Keccak256 {
    /// Rate in bytes (1088 bits).
    public static let rate = 136

    /// The 32-byte Keccak-256 digest of `data`.
    @inlinable
    public static func hash<C: Collection>(_ data: C) -> [UInt8] where C.Element == UInt8 {
        if let digest = data.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(data).withUnsafeBytes { hash($0) }
    }

    /// The 32-byte Keccak-256 digest of the bytes in `buffer`.
    @inlinable
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        KeccakF1600.digest256(buffer, rate: rate, padding: 0x01)
    }
}
