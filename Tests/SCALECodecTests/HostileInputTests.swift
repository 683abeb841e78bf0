import Primitives
import SCALECodec
import Testing
import VectorSupport

/// Malformed input is rejected with a `SCALEDecodingError`, never a trap or a huge allocation.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("every proper prefix of every golden vector throws")
    func truncatedVectorsThrow() throws {
        var checked = 0
        for vector in try GoldenVectorTests.file.get().cases {
            let codec = try #require(VectorCodec.table[vector.type])
            let bytes = hexBytes(vector.encoded)
            for length in 0..<bytes.count {
                let error = #expect(throws: SCALEDecodingError.self, "\(vector) cut to \(length) bytes") {
                    try codec.decodeWhole(Array(bytes[0..<length]))
                }
                if let error {
                    #expect(!error.description.contains("\n"))
                    #expect(error.description.contains("at offset"))
                }
                checked += 1
            }
        }
        #expect(checked > 15_000)
    }

    @Test("a trailing byte after any golden vector is rejected by the whole-buffer API")
    func trailingBytesRejected() throws {
        for vector in try GoldenVectorTests.file.get().cases {
            let codec = try #require(VectorCodec.table[vector.type])
            let bytes = hexBytes(vector.encoded)
            #expect("\(vector)", performing: { try codec.decodeWhole(bytes + [0]) }, throws: { error in
                guard case let .trailingBytes(_, offset, count) = error as? SCALEDecodingError else { return false }
                return offset == bytes.count && count == 1
            })
        }
    }

    @Test("the streaming decoder leaves trailing bytes for the caller")
    func streamingDecoderStopsAtValue() throws {
        var decoder = SCALEDecoder([0x2a, 0x00, 0x00, 0x00, 0xff])
        #expect(try decoder.decode(UInt32.self) == 42)
        #expect(decoder.remainingCount == 1)
        #expect(throws: SCALEDecodingError.trailingBytes(type: "UInt32", offset: 4, count: 1)) {
            try decoder.finish(decoding: UInt32.self)
        }
    }

    @Test("a length prefix of 2^60 fails fast without allocating")
    func hugeLengthPrefix() {
        // Compact 2^60 in big-integer mode: 8 bytes follow the prefix 0x13.
        let prefix: [UInt8] = [0x13, 0, 0, 0, 0, 0, 0, 0, 0x10]
        let expected = SCALEDecodingError.lengthOutOfRange(type: "Array<UInt32>", offset: 0, length: 1 << 60, remaining: 3)
        #expect(throws: expected) { try [UInt32](scaleBytes: prefix + [1, 2, 3]) }
        #expect(throws: SCALEDecodingError.self) { try [UInt8](scaleBytes: prefix) }
        #expect(throws: SCALEDecodingError.self) { try String(scaleBytes: prefix) }
        #expect(throws: SCALEDecodingError.self) { try [UInt32: UInt64](scaleBytes: prefix) }
        #expect(throws: SCALEDecodingError.self) { try [[UInt8]](scaleBytes: prefix) }
    }

    @Test("a length prefix of UInt32.max with a few bytes left fails fast", arguments: [0, 3, 100])
    func maximalLengthPrefix(tail: Int) {
        let bytes: [UInt8] = [0x03, 0xff, 0xff, 0xff, 0xff] + Array(repeating: 0, count: tail)
        let expected = SCALEDecodingError.lengthOutOfRange(type: "Array<UInt8>", offset: 0, length: 0xffff_ffff, remaining: tail)
        #expect(throws: expected) { try [UInt8](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [UInt64](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [String](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [[UInt16]](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [Bool?](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [String: UInt8](scaleBytes: bytes) }
        // Element types with no declared minimum size still stop at the first missing byte.
        #expect(throws: SCALEDecodingError.self) { try [PayloadEnum](scaleBytes: bytes) }
        #expect(throws: SCALEDecodingError.self) { try [Triple](scaleBytes: bytes) }
    }

    @Test("lengths above UInt32.max are rejected, as parity-scale-codec's Compact<u32> does")
    func lengthAboveUInt32() {
        let bytes: [UInt8] = [0x07, 0, 0, 0, 0, 1]  // compact 2^32
        #expect(throws: SCALEDecodingError.lengthOutOfRange(type: "Array<UInt8>", offset: 0, length: 1 << 32, remaining: 0)) {
            try [UInt8](scaleBytes: bytes)
        }
    }

    @Test("bool bytes other than 0 and 1 are rejected", arguments: [UInt8(2), 0x7f, 0x80, 0xff])
    func badBool(byte: UInt8) {
        #expect(throws: SCALEDecodingError.invalidBool(byte: byte, offset: 0)) { try Bool(scaleBytes: [byte]) }
        #expect(throws: SCALEDecodingError.invalidBool(byte: byte, offset: 1)) { try Bool?(scaleBytes: [1, byte]) }
        #expect(throws: SCALEDecodingError.invalidBool(byte: byte, offset: 2)) { try [Bool](scaleBytes: [8, 1, byte, 0]) }
    }

    @Test("bad Option, OptionBool, Result and enum tags are rejected with the type and offset")
    func badTags() {
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "Optional<UInt32>", index: 2, offset: 0)) {
            try UInt32?(scaleBytes: [2, 0, 0, 0, 0])
        }
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "Optional<UInt8>", index: 5, offset: 1)) {
            try UInt8??(scaleBytes: [1, 5])
        }
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "OptionBool", index: 3, offset: 0)) {
            try OptionBool(scaleBytes: [3])
        }
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "SCALEResult<UInt32, UInt8>", index: 2, offset: 0)) {
            try SCALEResult<UInt32, UInt8>(scaleBytes: [2, 0])
        }
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "SparseEnum", index: 1, offset: 1)) {
            try [SparseEnum](scaleBytes: [4, 1])
        }
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "PayloadEnum", index: 4, offset: 0)) {
            try PayloadEnum(scaleBytes: [4])
        }
    }

    @Test(
        "invalid UTF-8 is rejected",
        arguments: [
            [0xc3, 0x28],  // bad continuation byte
            [0xc0, 0x80],  // overlong NUL
            [0xed, 0xa0, 0x80],  // UTF-16 surrogate
            [0xf4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0x61, 0xe2, 0x82],  // truncated sequence
            [0xff],
        ] as [[UInt8]])
    func invalidUTF8(body: [UInt8]) {
        let bytes = [UInt8(body.count << 2)] + body
        #expect(throws: SCALEDecodingError.invalidUTF8(type: "String", offset: 1, byteCount: body.count)) {
            try String(scaleBytes: bytes)
        }
        #expect(throws: SCALEDecodingError.invalidUTF8(type: "String", offset: 3, byteCount: body.count)) {
            try [String](scaleBytes: [8, 0] + bytes)
        }
    }

    @Test("decoding random bytes never traps, and whatever decodes re-encodes to the same bytes")
    func randomBlobs() {
        var random = SplitMix64(seed: 0x5ca1e)
        var decodedCount = 0
        for _ in 0..<3_000 {
            let length = Int(random.next() % 24)
            let blob = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            decodedCount += Self.canonicalOrThrows(blob, as: UInt32.self)
            decodedCount += Self.canonicalOrThrows(blob, as: Compact<UInt128>.self)
            decodedCount += Self.canonicalOrThrows(blob, as: Compact<UInt32>.self)
            decodedCount += Self.canonicalOrThrows(blob, as: [UInt16].self)
            decodedCount += Self.canonicalOrThrows(blob, as: [String?].self)
            decodedCount += Self.canonicalOrThrows(blob, as: [Compact<UInt64>].self)
            decodedCount += Self.canonicalOrThrows(blob, as: SCALEResult<[Bool], OptionBool>.self)
            decodedCount += Self.canonicalOrThrows(blob, as: PayloadEnum.self)
            decodedCount += Self.canonicalOrThrows(blob, as: String.self)
        }
        #expect(decodedCount > 100)
    }

    /// Decodes `blob` as `T`: either it throws a `SCALEDecodingError` or it re-encodes to `blob`.
    private static func canonicalOrThrows<T: SCALECodable>(_ blob: [UInt8], as type: T.Type) -> Int {
        do {
            let value = try T(scaleBytes: blob)
            #expect(value.scaleEncoded() == blob, "\(T.self) from \(hexString(blob))")
            return 1
        } catch {
            #expect(error is SCALEDecodingError, "\(T.self) from \(hexString(blob)): \(error)")
            return 0
        }
    }
}
