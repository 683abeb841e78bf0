extension SCALEEncoder {
    /// Appends `value` as a SCALE compact integer, in the shortest of its four modes.
    ///
    /// | value range     | bytes | layout                                             |
    /// |-----------------|-------|----------------------------------------------------|
    /// | 0 ..< 2^6       | 1     | `value << 2`                                       |
    /// | 2^6 ..< 2^14    | 2     | `value << 2 \| 0b01`, little-endian                |
    /// | 2^14 ..< 2^30   | 4     | `value << 2 \| 0b10`, little-endian                |
    /// | 2^30 and above  | 1 + n | `(n - 4) << 2 \| 0b11`, then n ≥ 4 little-endian bytes |
    @inlinable
    public mutating func encodeCompact<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        if T.bitWidth <= 64 || value <= UInt64.max {
            encodeCompact64(UInt64(truncatingIfNeeded: value))
        } else {
            encodeCompactWide(value)
        }
    }

    /// Appends a collection length (`Vec`, `String`, map) as a compact integer.
    ///
    /// Lengths travel as `Compact<u32>` in Substrate; a longer length (which no real collection
    /// reaches) is still written canonically, and decoders will reject it.
    @inlinable
    public mutating func encodeCompactLength(_ count: Int) {
        encodeCompact64(UInt64(truncatingIfNeeded: count))
    }

    /// The number of bytes `encodeCompact(value)` writes: 1, 2, 4, or 5 … 17 for `UInt128`.
    @inlinable
    public static func compactLength<T: FixedWidthInteger & UnsignedInteger>(of value: T) -> Int {
        if T.bitWidth <= 64 || value <= UInt64.max {
            let small = UInt64(truncatingIfNeeded: value)
            if small < 1 << 6 { return 1 }
            if small < 1 << 14 { return 2 }
            if small < 1 << 30 { return 4 }
        }
        return 1 + bigModeByteCount(of: value)
    }

    @inlinable
    mutating func encodeCompact64(_ value: UInt64) {
        if value < 1 << 6 {
            appendByte(UInt8(truncatingIfNeeded: value) << 2)
        } else if value < 1 << 14 {
            encodeInteger(UInt16(truncatingIfNeeded: value) << 2 | 0b01)
        } else if value < 1 << 30 {
            encodeInteger(UInt32(truncatingIfNeeded: value) << 2 | 0b10)
        } else {
            let byteCount = Self.bigModeByteCount(of: value)
            appendByte(UInt8(truncatingIfNeeded: (byteCount - 4) << 2) | 0b11)
            withUnsafeBytes(of: value.littleEndian) { appendBytes(UnsafeRawBufferPointer(rebasing: $0[0..<byteCount])) }
        }
    }

    /// Big-integer mode for values above `UInt64.max`.
    @usableFromInline
    mutating func encodeCompactWide<T: FixedWidthInteger & UnsignedInteger>(_ value: T) {
        let byteCount = Self.bigModeByteCount(of: value)
        appendByte(UInt8(truncatingIfNeeded: (byteCount - 4) << 2) | 0b11)
        if T.bitWidth <= 128 {
            let wide = UInt128(truncatingIfNeeded: value).littleEndian
            withUnsafeBytes(of: wide) { appendBytes(UnsafeRawBufferPointer(rebasing: $0[0..<byteCount])) }
        } else {
            // Wider custom integers: SCALE allows up to 67 bytes; write them one by one.
            for index in 0..<byteCount {
                appendByte(UInt8(truncatingIfNeeded: value >> (8 * index)))
            }
        }
    }

    /// Bytes needed after the prefix in big-integer mode: at least 4, else the significant bytes.
    @inlinable
    static func bigModeByteCount<T: FixedWidthInteger & UnsignedInteger>(of value: T) -> Int {
        let significantBits = T.bitWidth - value.leadingZeroBitCount
        return Swift.max(4, (significantBits + 7) / 8)
    }
}
