extension SCALEDecoder {
    /// Reads a compact integer of any width up to `UInt128`.
    @inlinable
    public mutating func decodeCompact() throws(SCALEDecodingError) -> UInt128 {
        try decodeCompact(as: UInt128.self)
    }

    /// Reads a compact integer into `T`, rejecting what parity-scale-codec rejects.
    ///
    /// - Throws: `.nonCanonicalCompact` when the value fits a shorter mode (e.g. `1` written in
    ///   four bytes, or a big-integer encoding whose top byte is zero); `.compactOutOfRange` when
    ///   the value, or the byte length its prefix announces, does not fit `T`;
    ///   `.unexpectedEndOfInput` on truncation.
    @inlinable
    public mutating func decodeCompact<T: FixedWidthInteger & UnsignedInteger>(
        as type: T.Type = T.self
    ) throws(SCALEDecodingError) -> T {
        try decodeCompact(as: T.self, naming: Compact<T>.self)
    }

    /// Reads a collection length prefix (`Compact<u32>`) for `type`.
    ///
    /// Fails fast, before anything is allocated, when the length exceeds `UInt32.max` or when
    /// `length × minimumElementLength` exceeds the remaining input.
    /// - Parameters:
    ///   - type: the collection being decoded, named in errors.
    ///   - minimumElementLength: a lower bound on each element's encoded size (`0` if unknown).
    @inlinable
    public mutating func decodeCompactLength(
        of type: Any.Type, minimumElementLength: Int = 0
    ) throws(SCALEDecodingError) -> Int {
        let start = offset
        let length = try decodeCompact(as: UInt64.self, naming: type)
        let remaining = remainingCount
        if length > UInt64(UInt32.max) {
            throw .lengthOutOfRange(type: String(describing: type), offset: start, length: length, remaining: remaining)
        }
        if minimumElementLength > 0 {
            let (needed, overflow) = length.multipliedReportingOverflow(by: UInt64(minimumElementLength))
            if overflow || needed > UInt64(remaining) {
                throw .lengthOutOfRange(
                    type: String(describing: type), offset: start, length: length, remaining: remaining)
            }
        }
        return Int(length)
    }

    /// Decodes a compact integer, naming `typeName` in any error.
    @inlinable
    mutating func decodeCompact<T: FixedWidthInteger & UnsignedInteger>(
        as type: T.Type, naming typeName: Any.Type
    ) throws(SCALEDecodingError) -> T {
        let start = offset
        let prefix = try readByte(decoding: typeName)
        switch prefix & 0b11 {
        case 0b00:
            return T(truncatingIfNeeded: prefix >> 2)
        case 0b01:
            position = start
            let value = try decodeInteger(UInt16.self, naming: typeName) >> 2
            return try checkedSmallCompact(UInt64(value), floor: 1 << 6, length: 2, start: start, naming: typeName)
        case 0b10:
            position = start
            let value = try decodeInteger(UInt32.self, naming: typeName) >> 2
            return try checkedSmallCompact(UInt64(value), floor: 1 << 14, length: 4, start: start, naming: typeName)
        default:
            let byteCount = Int(prefix >> 2) + 4
            if byteCount > T.bitWidth / 8 {
                throw .compactOutOfRange(type: String(describing: typeName), offset: start, encodedLength: byteCount + 1)
            }
            return try decodeBigCompact(as: T.self, byteCount: byteCount, start: start, naming: typeName)
        }
    }

    /// Range and canonicality checks for the two- and four-byte modes.
    @inlinable
    func checkedSmallCompact<T: FixedWidthInteger & UnsignedInteger>(
        _ value: UInt64, floor: UInt64, length: Int, start: Int, naming typeName: Any.Type
    ) throws(SCALEDecodingError) -> T {
        if value < floor {
            throw .nonCanonicalCompact(
                type: String(describing: typeName), offset: start, value: UInt128(value), encodedLength: length)
        }
        if value > T.max {
            throw .compactOutOfRange(type: String(describing: typeName), offset: start, encodedLength: length)
        }
        return T(truncatingIfNeeded: value)
    }

    /// Big-integer mode: `byteCount` little-endian bytes follow the prefix.
    @usableFromInline
    mutating func decodeBigCompact<T: FixedWidthInteger & UnsignedInteger>(
        as type: T.Type, byteCount: Int, start: Int, naming typeName: Any.Type
    ) throws(SCALEDecodingError) -> T {
        if byteCount > remainingCount {
            position = start
            try ensureRemaining(byteCount + 1, decoding: typeName)
        }
        let first = offset
        let topByte = input[first + byteCount - 1]
        var value: T = 0
        if T.bitWidth <= 128 {
            var wide: UInt128 = 0
            withUnsafeMutableBytes(of: &wide) { target in
                input.withUnsafeBytes { source in
                    target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[first..<first + byteCount]))
                }
            }
            value = T(truncatingIfNeeded: UInt128(littleEndian: wide))
        } else {
            for index in 0..<byteCount {
                value |= T(input[first + index]) << (8 * index)
            }
        }
        position += byteCount
        let canonical = byteCount == 4 ? value >> 30 != 0 : topByte != 0
        if !canonical {
            throw .nonCanonicalCompact(
                type: String(describing: typeName), offset: start,
                value: UInt128(truncatingIfNeeded: value), encodedLength: byteCount + 1)
        }
        return value
    }

    /// `decodeInteger` with a chosen type name in the truncation error.
    @inlinable
    mutating func decodeInteger<T: FixedWidthInteger & BitwiseCopyable>(
        _ type: T.Type, naming typeName: Any.Type
    ) throws(SCALEDecodingError) -> T {
        let size = MemoryLayout<T>.size
        try ensureRemaining(size, decoding: typeName)
        let start = offset
        let raw = input.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: T.self) }
        position += size
        return T(littleEndian: raw)
    }
}
