extension KeccakF1600 {
    /// A 256-bit sponge digest of `buffer`: absorb at `rate` bytes per block, pad with
    /// `padding … 0x80` (`0x01` for Keccak-256, `0x06` for SHA3-256), squeeze 32 bytes.
    @inlinable
    public static func digest256(_ buffer: UnsafeRawBufferPointer, rate: Int, padding: UInt8) -> [UInt8] {
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
        state.xorByte(tail, padding)
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
