/// Reads SCALE values from a byte buffer, front to back.
///
/// Every read checks the remaining length first and throws `SCALEDecodingError` (naming the type
/// and the absolute byte offset) instead of trapping, so hostile input is always safe to decode.
/// Use `finish(decoding:)`, or `SCALEDecodable.init(scaleBytes:)`, to insist that all input was used.
public struct SCALEDecoder: Sendable {
    @usableFromInline
    let input: [UInt8]

    @usableFromInline
    var position: Int

    /// The absolute offset of the next byte to read.
    @inlinable
    public var offset: Int { position }

    /// Creates a decoder over `bytes`, starting at offset 0.
    @inlinable
    public init(_ bytes: [UInt8]) {
        input = bytes
        position = 0
    }

    /// Creates a decoder over a copy of `bytes`; offsets count from the sequence's first byte.
    @inlinable
    public init<S: Sequence>(bytes: S) where S.Element == UInt8 {
        self.init(Array(bytes))
    }

    /// The number of bytes not yet read.
    @inlinable
    public var remainingCount: Int { input.count - offset }

    /// Whether every byte has been read.
    @inlinable
    public var isAtEnd: Bool { offset == input.count }

    /// Reads any decodable value.
    @inlinable
    public mutating func decode<T: SCALEDecodable>(_ type: T.Type = T.self) throws -> T {
        try T(from: &self)
    }

    /// Throws `.trailingBytes` unless every byte has been read.
    ///
    /// - Parameter type: the type that was decoded, named in the error.
    @inlinable
    public func finish(decoding type: Any.Type) throws(SCALEDecodingError) {
        if offset != input.count {
            throw .trailingBytes(type: String(describing: type), offset: offset, count: remainingCount)
        }
    }

    /// Throws `.unexpectedEndOfInput` unless `count` bytes remain.
    @inlinable
    public func ensureRemaining(_ count: Int, decoding type: Any.Type) throws(SCALEDecodingError) {
        if count > remainingCount || count < 0 {
            throw .unexpectedEndOfInput(
                type: String(describing: type), offset: offset, needed: count, remaining: remainingCount)
        }
    }

    /// The next byte, without consuming it.
    @inlinable
    public func peekByte(decoding type: Any.Type) throws(SCALEDecodingError) -> UInt8 {
        try ensureRemaining(1, decoding: type)
        return input[offset]
    }

    /// Reads one raw byte.
    @inlinable
    public mutating func readByte(decoding type: Any.Type = UInt8.self) throws(SCALEDecodingError) -> UInt8 {
        try ensureRemaining(1, decoding: type)
        let byte = input[offset]
        position += 1
        return byte
    }

    /// Reads `count` raw bytes (a bulk copy).
    @inlinable
    public mutating func readBytes(
        _ count: Int, decoding type: Any.Type = [UInt8].self
    ) throws(SCALEDecodingError) -> [UInt8] {
        try ensureRemaining(count, decoding: type)
        let start = offset
        position += count
        return Array(input[start..<offset])
    }

    /// Calls `body` with the next `count` bytes, without copying them, then consumes them.
    @inlinable
    public mutating func withBytes<R>(
        _ count: Int, decoding type: Any.Type, _ body: (UnsafeRawBufferPointer) throws -> R
    ) throws -> R {
        try ensureRemaining(count, decoding: type)
        let start = offset
        let result = try input.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<start + count])) }
        position += count
        return result
    }

    /// Reads a little-endian fixed-width integer.
    @inlinable
    public mutating func decodeInteger<T: FixedWidthInteger & BitwiseCopyable>(
        _ type: T.Type = T.self
    ) throws(SCALEDecodingError) -> T {
        let size = MemoryLayout<T>.size
        try ensureRemaining(size, decoding: T.self)
        let start = offset
        let raw = input.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: T.self) }
        position += size
        return T(littleEndian: raw)
    }

    /// Reads a `bool`, rejecting any byte other than `0x00` and `0x01`.
    @inlinable
    public mutating func decodeBool() throws(SCALEDecodingError) -> Bool {
        let byte = try readByte(decoding: Bool.self)
        switch byte {
        case 0: return false
        case 1: return true
        default: throw .invalidBool(byte: byte, offset: offset - 1)
        }
    }
}
