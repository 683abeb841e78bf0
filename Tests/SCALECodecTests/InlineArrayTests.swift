import SCALECodec
import Testing
import VectorSupport

/// `InlineArray<N, T>` is SCALE's `[T; N]`.
@Suite("InlineArray as [T; N]")
struct InlineArrayTests {
    @Test("InlineArray matches the fixed-array golden vectors")
    func goldenFixedArrays() throws {
        guard #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) else { return }
        for vector in try GoldenVectorTests.file.get().cases {
            let bytes = hexBytes(vector.encoded)
            switch vector.type {
            case "[u8; 4]":
                let expected: [UInt8] = try vector.value.list { try $0.integer() }
                let decoded = try InlineArray<4, UInt8>(scaleBytes: bytes)
                #expect(decoded.indices.map { decoded[$0] } == expected)
                #expect(decoded.scaleEncoded() == bytes)
            case "[u32; 3]":
                let expected: [UInt32] = try vector.value.list { try $0.integer() }
                let decoded = try InlineArray<3, UInt32>(scaleBytes: bytes)
                #expect(decoded.indices.map { decoded[$0] } == expected)
                #expect(decoded.scaleEncoded() == bytes)
            default:
                continue
            }
        }
    }

    @Test("truncated and nested InlineArrays throw instead of trapping")
    func hostile() throws {
        guard #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) else { return }
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "InlineArray<32, UInt8>", offset: 0, needed: 32, remaining: 31)) {
            try InlineArray<32, UInt8>(scaleBytes: [UInt8](repeating: 7, count: 31))
        }
        #expect(InlineArray<32, UInt8>.scaleMinimumEncodedLength == 32)
        // Vec<[u16; 2]>: the element minimum (4 bytes) makes a big length fail fast.
        #expect(throws: SCALEDecodingError.lengthOutOfRange(type: "Array<InlineArray<2, UInt16>>", offset: 0, length: 3, remaining: 8)) {
            try [InlineArray<2, UInt16>](scaleBytes: [0x0c] + [UInt8](repeating: 0, count: 8))
        }
        let pairs = try [InlineArray<2, UInt16>](scaleBytes: [0x04, 1, 0, 2, 0])
        #expect(pairs.count == 1 && pairs[0][0] == 1 && pairs[0][1] == 2)
    }
}
