import SCALECodec
import Testing
import VectorSupport

/// Compact integers: mode boundaries, canonical-form enforcement and range checks.
@Suite("Compact integers")
struct CompactTests {
    @Test(
        "mode boundaries encode to the documented bytes",
        arguments: [
            (UInt128(0), "00"), (63, "fc"), (64, "0101"), (16383, "fdff"), (16384, "02000100"),
            (1 << 30 - 1, "feffffff"), (1 << 30, "0300000040"), (1 << 32 - 1, "03ffffffff"),
            (1 << 32, "070000000001"), (1 << 56, "130000000000000001"),
            (UInt128(UInt64.max), "13ffffffffffffffff"), (UInt128(UInt64.max) + 1, "17000000000000000001"),
            (UInt128.max, "33" + String(repeating: "ff", count: 16)),
        ] as [(UInt128, String)])
    func boundaries(value: UInt128, hex: String) throws {
        var encoder = SCALEEncoder()
        encoder.encodeCompact(value)
        #expect(hexString(encoder.bytes) == hex)
        #expect(SCALEEncoder.compactLength(of: value) == hex.count / 2)
        #expect(Compact(value).encodedLength == hex.count / 2)
        var decoder = SCALEDecoder(hexBytes(hex))
        #expect(try decoder.decodeCompact() == value)
        #expect(decoder.isAtEnd)
    }

    @Test("every width encodes a shared value identically")
    func widthsAgree() throws {
        for value: UInt64 in [0, 1, 63, 64, 255, 256, 16383, 16384, 65535, 65536, 1 << 30, 1 << 32 - 1] {
            let wide = Compact(UInt128(value)).scaleEncoded()
            #expect(Compact(value).scaleEncoded() == wide)
            if let narrow = UInt32(exactly: value) { #expect(Compact(narrow).scaleEncoded() == wide) }
            if let narrow = UInt16(exactly: value) { #expect(Compact(narrow).scaleEncoded() == wide) }
            if let narrow = UInt8(exactly: value) { #expect(Compact(narrow).scaleEncoded() == wide) }
        }
    }

    @Test(
        "non-canonical encodings are rejected",
        arguments: [
            ([0x01, 0x00], 0, 2),  // 0 in two-byte mode
            ([0xfd, 0x00], 63, 2),  // 63 in two-byte mode
            ([0x02, 0x00, 0x00, 0x00], 0, 4),  // 0 in four-byte mode
            ([0xfe, 0xff, 0x00, 0x00], 16383, 4),  // 16383 in four-byte mode
            ([0x03, 0xff, 0xff, 0xff, 0x3f], 1 << 30 - 1, 5),  // 2^30 - 1 in big-integer mode
            ([0x03, 0x00, 0x00, 0x00, 0x00], 0, 5),
            ([0x07, 0xff, 0xff, 0xff, 0xff, 0x00], 1 << 32 - 1, 6),  // top byte zero
            ([0x13, 1, 0, 0, 0, 0, 0, 0, 0], 1, 9),
            ([0x33] + [UInt8](repeating: 0xff, count: 15) + [0x00], 1 << 120 - 1, 17),
        ] as [([UInt8], UInt128, Int)])
    func nonCanonical(bytes: [UInt8], value: UInt128, length: Int) {
        #expect(throws: SCALEDecodingError.nonCanonicalCompact(type: "Compact<UInt128>", offset: 0, value: value, encodedLength: length)) {
            try Compact<UInt128>(scaleBytes: bytes)
        }
        if length <= 9 {
            #expect(throws: SCALEDecodingError.nonCanonicalCompact(type: "Compact<UInt64>", offset: 0, value: value, encodedLength: length)) {
                try Compact<UInt64>(scaleBytes: bytes)
            }
        }
    }

    @Test("values too large for the target width are rejected")
    func outOfRange() {
        // 256 in two-byte mode does not fit u8; 65536 in four-byte mode does not fit u16.
        #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt8>", offset: 0, encodedLength: 2)) {
            try Compact<UInt8>(scaleBytes: Compact(UInt16(256)).scaleEncoded())
        }
        #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt16>", offset: 0, encodedLength: 4)) {
            try Compact<UInt16>(scaleBytes: Compact(UInt32(65536)).scaleEncoded())
        }
        // Big-integer mode announcing more bytes than the type holds fails before reading them.
        #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt8>", offset: 0, encodedLength: 5)) {
            try Compact<UInt8>(scaleBytes: [0x03])
        }
        #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt32>", offset: 0, encodedLength: 6)) {
            try Compact<UInt32>(scaleBytes: Compact(UInt64(1) << 32).scaleEncoded())
        }
        #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt64>", offset: 0, encodedLength: 10)) {
            try Compact<UInt64>(scaleBytes: Compact(UInt128(1) << 64).scaleEncoded())
        }
        // Prefixes announcing 17 … 67 bytes exceed even u128.
        for prefix: UInt8 in [0x37, 0xfb, 0xff] {
            let announced = Int(prefix >> 2) + 5
            #expect(throws: SCALEDecodingError.compactOutOfRange(type: "Compact<UInt128>", offset: 0, encodedLength: announced)) {
                try Compact<UInt128>(scaleBytes: [prefix] + [UInt8](repeating: 0xff, count: 70))
            }
        }
    }

    @Test("a truncated compact reports its start and full length")
    func truncation() {
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "Compact<UInt32>", offset: 0, needed: 2, remaining: 1)) {
            try Compact<UInt32>(scaleBytes: [0x01])
        }
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "Compact<UInt64>", offset: 0, needed: 9, remaining: 3)) {
            try Compact<UInt64>(scaleBytes: [0x13, 0xff, 0xff])
        }
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "Compact<UInt128>", offset: 0, needed: 1, remaining: 0)) {
            try Compact<UInt128>(scaleBytes: [])
        }
    }

    @Test("compact wrapper conveniences")
    func wrapper() throws {
        let amount: Compact<UInt64> = 1_000_000_000
        #expect(amount.value == 1_000_000_000)
        #expect(amount < Compact(UInt64.max))
        #expect(amount.description == "Compact(1000000000)")
        var encoder = SCALEEncoder()
        encoder.encodeCompactLength(70)
        #expect(encoder.bytes == [0x19, 0x01])
        var decoder = SCALEDecoder([0x19, 0x01, 0xaa])
        #expect(try decoder.decodeCompact(as: UInt16.self) == 70)
        #expect(decoder.offset == 2)
    }
}
