import Hashing

/// SHA3-256 (FIPS 202, padding `0x06 … 0x80`): the hash bittensor uses for synapse body hashes
/// (`bittensor.utils.hash`, Python's `hashlib.sha3_256`). Built on the Keccak-f[1600]
/// permutation from `Hashing`; this is not Keccak-256, whose padding is `0x01`.
public enum SHA3_256 {
    /// Rate in bytes (1088 bits).
    static let rate = 136

    /// The 32-byte digest of `data`.
    public static func hash(_ data: some Collection<UInt8>) -> [UInt8] {
        if let digest = data.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(data).withUnsafeBytes { hash($0) }
    }

    /// The 32-byte digest of the bytes in `buffer`.
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var state = KeccakF1600()
        var offset = 0
        let count = buffer.count
        while count - offset >= rate {
            for lane in 0..<(rate / 8) {
                state.xorLane(lane, buffer.loadUnaligned(fromByteOffset: offset + lane * 8, as: UInt64.self).littleEndian)
            }
            state.permute()
            offset += rate
        }
        for index in 0..<(count - offset) {
            state.xorByte(index, buffer[offset + index])
        }
        state.xorByte(count - offset, 0x06)
        state.xorByte(rate - 1, 0x80)
        state.permute()
        var digest = [UInt8](repeating: 0, count: 32)
        for word in 0..<4 {
            let value = state.lane(word)
            for i in 0..<8 { digest[word * 8 + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        }
        return digest
    }

    /// Lower-case hex of the digest of `text`'s UTF-8 bytes: `hashlib.sha3_256(text.encode()).hexdigest()`.
    public static func hexDigest(_ text: String) -> String {
        var text = text
        return text.withUTF8 { hexString(hash(UnsafeRawBufferPointer($0))) }
    }

    static func hexString(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: bytes.count * 2)
        for (i, byte) in bytes.enumerated() {
            out[2 * i] = digits[Int(byte >> 4)]
            out[2 * i + 1] = digits[Int(byte & 0xf)]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
