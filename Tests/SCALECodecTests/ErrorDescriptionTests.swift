import SCALECodec
import Testing

/// `SCALEDecodingError.description` is one line naming what failed, the type and the offset.
@Suite("Error descriptions")
struct ErrorDescriptionTests {
    @Test("the truncation message matches the documented form")
    func truncationMessage() throws {
        var decoder = SCALEDecoder([1, 2, 3, 4])
        _ = try decoder.decode(UInt16.self)
        _ = try decoder.decode(UInt8.self)
        let error = #expect(throws: SCALEDecodingError.self) { try decoder.decode(UInt32.self) }
        #expect(error?.description == "unexpected end of input decoding UInt32 at offset 3: needed 4 bytes, 1 left")
        #expect(error?.offset == 3)
    }

    @Test(
        "each case renders one line naming the type and offset",
        arguments: [
            (.unexpectedEndOfInput(type: "UInt64", offset: 9, needed: 8, remaining: 0),
             "unexpected end of input decoding UInt64 at offset 9: needed 8 bytes, 0 left"),
            (.trailingBytes(type: "Array<UInt8>", offset: 5, count: 2),
             "trailing bytes after decoding Array<UInt8> at offset 5: 2 bytes unread"),
            (.invalidBool(byte: 2, offset: 7), "invalid bool byte decoding Bool at offset 7: 0x02, expected 0x00 or 0x01"),
            (.invalidVariantIndex(type: "Optional<UInt32>", index: 9, offset: 0),
             "invalid variant index decoding Optional<UInt32> at offset 0: 9 names no variant"),
            (.nonCanonicalCompact(type: "Compact<UInt32>", offset: 4, value: 1, encodedLength: 4),
             "non-canonical compact decoding Compact<UInt32> at offset 4: value 1 encoded in 4 bytes, canonical form has 1"),
            (.compactOutOfRange(type: "Compact<UInt8>", offset: 0, encodedLength: 5),
             "compact out of range decoding Compact<UInt8> at offset 0: a 5-byte compact does not fit the target type"),
            (.lengthOutOfRange(type: "Array<UInt32>", offset: 0, length: 1 << 60, remaining: 3),
             "length out of range decoding Array<UInt32> at offset 0: 1152921504606846976 exceeds the UInt32.max limit on lengths"),
            (.lengthOutOfRange(type: "String", offset: 2, length: 100, remaining: 3),
             "length out of range decoding String at offset 2: 100 elements cannot fit in the 3 bytes left"),
            (.invalidUTF8(type: "String", offset: 1, byteCount: 2),
             "invalid UTF-8 decoding String at offset 1: the 2 string bytes are not valid UTF-8"),
            (.invalidValue(type: "Era", offset: 3, reason: "period\nnot a power of two"),
             "invalid value decoding Era at offset 3: period not a power of two"),
        ] as [(SCALEDecodingError, String)])
    func rendering(error: SCALEDecodingError, expected: String) {
        #expect(error.description == expected)
        #expect(!error.description.contains { $0.isNewline })
        #expect(error.description.contains("at offset \(error.offset)"))
    }

    @Test("nested decoding reports the absolute offset of the failing element")
    func absoluteOffsets() {
        // Vec<Vec<Option<u16>>>: one inner vector of two options, None then Some with one byte.
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "UInt16", offset: 4, needed: 2, remaining: 1)) {
            try [[UInt16?]](scaleBytes: [0x04, 0x08, 0x00, 0x01, 0x03])
        }
        // Vec<Vec<u16>>: outer length 2, first inner [1], second inner claims 2 but has 1 element.
        let bytes: [UInt8] = [0x08, 0x04, 0x01, 0x00, 0x08, 0x02, 0x00, 0x03]
        #expect(throws: SCALEDecodingError.lengthOutOfRange(type: "Array<UInt16>", offset: 4, length: 2, remaining: 3)) {
            try [[UInt16]](scaleBytes: bytes)
        }
    }
}
