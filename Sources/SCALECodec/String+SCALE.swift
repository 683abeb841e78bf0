// `String`: a compact byte count, then the UTF-8 bytes; invalid UTF-8 is rejected.

extension String: SCALEEncodable {
    @inlinable
    public func encode(to encoder: inout SCALEEncoder) {
        let utf8 = self.utf8
        encoder.encodeCompactLength(utf8.count)
        let copied: Void? = utf8.withContiguousStorageIfAvailable { encoder.appendBytes(UnsafeRawBufferPointer($0)) }
        if copied == nil {
            encoder.appendBytes(Array(utf8))
        }
    }
}

extension String: SCALEDecodable {
    @inlinable
    public init(from decoder: inout SCALEDecoder) throws {
        let count = try decoder.decodeCompactLength(of: String.self, minimumElementLength: 1)
        let start = decoder.offset
        let decoded = try decoder.withBytes(count, decoding: String.self) { raw in
            String(validating: raw.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
        }
        guard let decoded else {
            throw SCALEDecodingError.invalidUTF8(type: "String", offset: start, byteCount: count)
        }
        self = decoded
    }

    @inlinable
    public static var scaleMinimumEncodedLength: Int { 1 }
}
