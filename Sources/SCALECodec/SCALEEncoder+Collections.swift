extension SCALEEncoder {
    /// Appends each element in order with no length prefix: a fixed-size array `[T; N]`, or the
    /// body of a `Vec` after its length.
    ///
    /// - Complexity: O(n); a single bulk copy for arrays of standard integers.
    @inlinable
    public mutating func encodeFixedArray<T: SCALEEncodable>(_ elements: [T]) {
        if isBulkCopyable(T.self) {
            elements.withUnsafeBytes { appendBytes($0) }
        } else {
            for element in elements { element.encode(to: &self) }
        }
    }

    /// Appends a tuple's fields in order (SCALE tuples have no prefix): `encodeTuple(a, b, c)`.
    @inlinable
    public mutating func encodeTuple<each T: SCALEEncodable>(_ values: repeat each T) {
        repeat (each values).encode(to: &self)
    }
}
