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
        let tail = count - offset
        var lane = 0
        while (lane + 1) * 8 <= tail {
            state.xorLane(lane, buffer.loadUnaligned(fromByteOffset: offset + lane * 8, as: UInt64.self).littleEndian)
            lane += 1
        }
        var index = lane * 8
        while index < tail {
            state.xorByte(index, buffer[offset + index])
            index += 1
        }
        state.xorByte(tail, 0x01)
        state.xorByte(rate - 1, 0x80)
        state.permute()
        var digest = [UInt8](repeating: 0, count: 32)
        for word in 0..<4 {
            let value = state.lane(word).littleEndian
            withUnsafeBytes(of: value) { bytes in
                for i in 0..<8 { digest[word * 8 + i] = bytes[i] }
            }
        }
        return digest
    }
}
