/// Appends SCALE encodings to a growing byte buffer.
///
/// Values write themselves through `encode(_:)`; the typed helpers here (`encodeInteger`,
/// `encodeCompact`, `encodeVariantIndex` …) are what `SCALEEncodable` conformances use.
/// The buffer grows geometrically and is written in place with unaligned little-endian stores and
/// bulk copies, never byte-by-byte appends.
public struct SCALEEncoder: Sendable {
    /// The buffer; only the first `length` bytes are output, the rest is spare capacity.
    @usableFromInline
    var storage: [UInt8]

    /// The number of bytes written.
    @usableFromInline
    var length: Int

    /// Creates an empty encoder, optionally reserving room for `reservingCapacity` bytes.
    @inlinable
    public init(reservingCapacity capacity: Int = 0) {
        storage = capacity > 0 ? [UInt8](repeating: 0, count: capacity) : []
        length = 0
    }

    /// The bytes written so far.
    ///
    /// - Complexity: O(n) (a copy of the written prefix); `scaleEncoded()` and `takeBytes()` avoid it.
    @inlinable
    public var bytes: [UInt8] {
        length == storage.count ? storage : Array(storage[0..<length])
    }

    /// Ends encoding and returns the bytes written, without copying them.
    @inlinable
    public consuming func takeBytes() -> [UInt8] {
        if length < storage.count {
            storage.removeLast(storage.count - length)
        }
        return storage
    }

    /// The number of bytes written so far.
    @inlinable
    public var count: Int { length }

    /// Reserves room for at least `additional` more bytes (growth stays geometric).
    @inlinable
    public mutating func reserveCapacity(additional: Int) {
        if length + additional > storage.count {
            grow(toAtLeast: length + additional)
        }
    }

    /// Appends any encodable value.
    @inlinable
    public mutating func encode<T: SCALEEncodable>(_ value: T) {
        value.encode(to: &self)
    }

    /// Appends one raw byte.
    @inlinable
    public mutating func appendByte(_ byte: UInt8) {
        let at = claim(1)
        storage[at] = byte
    }

    /// Appends raw bytes with no length prefix (a fixed-size byte array such as `[u8; 32]`).
    @inlinable
    public mutating func appendBytes(_ raw: [UInt8]) {
        raw.withUnsafeBytes { appendBytes($0) }
    }

    /// Appends raw bytes with no length prefix.
    @inlinable
    public mutating func appendBytes(_ raw: ArraySlice<UInt8>) {
        raw.withUnsafeBytes { appendBytes($0) }
    }

    /// Appends raw bytes with no length prefix.
    @inlinable
    public mutating func appendBytes(_ raw: UnsafeRawBufferPointer) {
        let count = raw.count
        if count == 0 { return }
        let at = claim(count)
        storage.withUnsafeMutableBytes { target in
            UnsafeMutableRawBufferPointer(rebasing: target[at..<at + count]).copyMemory(from: raw)
        }
    }

    /// Appends a fixed-width integer in little-endian order (`u8` … `u128`, `i8` … `i128`).
    @inlinable
    public mutating func encodeInteger<T: FixedWidthInteger & BitwiseCopyable>(_ value: T) {
        let at = claim(MemoryLayout<T>.size)
        storage.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: at, as: T.self) }
    }

    /// Appends a `bool`: `0x01` for true, `0x00` for false.
    @inlinable
    public mutating func encodeBool(_ value: Bool) {
        appendByte(value ? 1 : 0)
    }

    /// Appends an enum variant index (also the tag of `Option`, `Result` and `OptionBool`).
    @inlinable
    public mutating func encodeVariantIndex(_ index: UInt8) {
        appendByte(index)
    }

    /// Extends the output by `count` bytes and returns the offset where they start.
    @inlinable
    mutating func claim(_ count: Int) -> Int {
        let start = length
        if start + count > storage.count {
            grow(toAtLeast: start + count)
        }
        length = start + count
        return start
    }

    /// Grows the buffer to at least `minimum` bytes, doubling so appends stay amortised O(1).
    @usableFromInline
    mutating func grow(toAtLeast minimum: Int) {
        let target = Swift.max(minimum, storage.count * 2, 64)
        storage.append(contentsOf: repeatElement(0, count: target - storage.count))
    }
}
