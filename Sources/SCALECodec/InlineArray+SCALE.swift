// `[T; N]` as Swift's `InlineArray<N, T>`: the N elements back to back, no length prefix.

@available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *)
extension InlineArray: SCALEEncodable where Element: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        for index in indices {
            self[index].encode(to: &encoder)
        }
    }
}

@available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *)
extension InlineArray: SCALEDecodable where Element: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        let minimum = Element.scaleMinimumEncodedLength
        if minimum > 0 {
            let (needed, overflow) = count.multipliedReportingOverflow(by: minimum)
            try decoder.ensureRemaining(overflow ? Int.max : needed, decoding: Self.self)
        }
        self = try InlineArray { _ in try Element(from: &decoder) }
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int {
        let (total, overflow) = count.multipliedReportingOverflow(by: Element.scaleMinimumEncodedLength)
        return overflow ? Int.max : total
    }
}
