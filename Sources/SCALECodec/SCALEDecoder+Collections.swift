extension SCALEDecoder {
    /// Reads `count` raw bytes: a fixed-size byte array such as `[u8; 32]`.
    @inlinable
    public mutating func decodeFixedBytes(_ count: Int) throws(SCALEDecodingError) -> [UInt8] {
        try readBytes(count, decoding: [UInt8].self)
    }

    /// Reads `count` elements with no length prefix: a fixed-size array `[T; N]`.
    ///
    /// - Complexity: O(n); a single bulk copy for arrays of standard integers.
    @inlinable
    public mutating func decodeFixedArray<T: SCALEDecodable>(of type: T.Type = T.self, count: Int) throws -> [T] {
        if count < 0 {
            throw invalidValue("negative element count \(count)", of: [T].self)
        }
        let minimum = T.scaleMinimumEncodedLength
        if minimum > 0 {
            let (needed, overflow) = count.multipliedReportingOverflow(by: minimum)
            try ensureRemaining(overflow ? Int.max : needed, decoding: [T].self)
        }
        return try decodeElements(T.self, count: count)
    }

    /// Reads a tuple's fields in order: `let (a, b) = try decoder.decodeTuple(UInt8.self, String.self)`.
    @inlinable
    public mutating func decodeTuple<each T: SCALEDecodable>(
        _ types: repeat (each T).Type
    ) throws -> (repeat each T) {
        (repeat try (each T)(from: &self))
    }

    /// Reads `count` elements whose total minimum size the caller has already checked.
    @inlinable
    mutating func decodeElements<T: SCALEDecodable>(_ type: T.Type, count: Int) throws -> [T] {
        if isBulkCopyable(T.self) {
            let byteCount = count * MemoryLayout<T>.stride
            try ensureRemaining(byteCount, decoding: [T].self)
            let start = offset
            let elements = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                input.withUnsafeBytes { source in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: source[start..<start + byteCount]))
                }
                initialized = count
            }
            position += byteCount
            return elements
        }
        var elements: [T] = []
        elements.reserveCapacity(Swift.min(count, remainingCount))
        for _ in 0..<count {
            elements.append(try T(from: &self))
        }
        return elements
    }
}
