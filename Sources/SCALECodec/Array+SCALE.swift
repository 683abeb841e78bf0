// `Vec<T>`: a compact element count, then the elements. `Vec<u8>` and vectors of standard
// integers are copied in bulk.

extension Array: SCALEEncodable where Element: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        encoder.encodeCompactLength(count)
        encoder.encodeFixedArray(self)
    }
}

extension Array: SCALEDecodable where Element: SCALEDecodable {
    /// Reads a `Vec<Element>`, rejecting a length the remaining input cannot hold before allocating.
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        let count = try decoder.decodeCompactLength(
            of: [Element].self, minimumElementLength: Element.scaleMinimumEncodedLength)
        self = try decoder.decodeElements(Element.self, count: count)
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
