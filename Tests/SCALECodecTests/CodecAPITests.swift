import SCALECodec
import Testing

/// The encoder/decoder helpers and the conformances' documented choices.
@Suite("Codec API")
struct CodecAPITests {
    @Test("Bool? uses Rust's generic Option<bool> form; OptionBool the one-byte form")
    func optionalBools() throws {
        #expect((nil as Bool?).scaleEncoded() == [0])
        #expect((true as Bool?).scaleEncoded() == [1, 1])
        #expect((false as Bool?).scaleEncoded() == [1, 0])
        #expect(OptionBool(nil).scaleEncoded() == [0])
        #expect((true as OptionBool).scaleEncoded() == [1])
        #expect((false as OptionBool).scaleEncoded() == [2])
        #expect(try OptionBool(scaleBytes: [2]).value == false)
        var encoder = SCALEEncoder()
        encoder.encodeOptionBool(true)
        var decoder = SCALEDecoder(encoder.bytes)
        #expect(try decoder.decodeOptionBool() == true)
    }

    @Test("maps encode in ascending key order, whatever the insertion or byte order")
    func mapOrdering() throws {
        let map: [UInt32: UInt8] = [256: 2, 1: 1, 0x0100_0000: 3]
        // Little-endian bytes of 256 (00 01 00 00) sort before those of 1; key order does not.
        #expect(map.scaleEncoded() == [0x0c, 1, 0, 0, 0, 1, 0, 1, 0, 0, 2, 0, 0, 0, 1, 3])
    }

    @Test("map decoding accepts unsorted pairs and lets a repeated key's last value win, like parity-scale-codec")
    func mapDecodingLeniency() throws {
        let bytes: [UInt8] = [0x0c, 2, 20, 1, 10, 2, 21]
        #expect(try [UInt8: UInt8](scaleBytes: bytes) == [1: 10, 2: 21])
    }

    @Test("Swift Result and SCALEResult share Rust's Result encoding")
    func results() throws {
        struct Failure: Error, SCALECodable, Equatable {
            var code: UInt8
            func encode(to encoder: inout SCALEEncoder) { encoder.encode(code) }
            init(code: UInt8) { self.code = code }
            init(from decoder: inout SCALEDecoder) throws { code = try decoder.decode() }
        }
        let failure: Result<UInt32, Failure> = .failure(Failure(code: 7))
        #expect(failure.scaleEncoded() == [1, 7])
        #expect(try Result<UInt32, Failure>(scaleBytes: [0, 5, 0, 0, 0]) == .success(5))
        #expect(SCALEResult(failure).scaleEncoded() == [1, 7])
        #expect(SCALEResult(failure).result == failure)
        #expect(SCALEResult<UInt32, UInt8>.ok(5).scaleEncoded() == [0, 5, 0, 0, 0])
    }

    @Test("variant helpers check allowed indices and report the index's offset")
    func variants() throws {
        var decoder = SCALEDecoder([0xaa, 3, 9])
        _ = try decoder.readByte()
        #expect(try decoder.decodeVariantIndex(of: SparseEnum.self, allowed: 0...3) == 3)
        #expect(throws: SCALEDecodingError.invalidVariantIndex(type: "SparseEnum", index: 9, offset: 2)) {
            try decoder.decodeVariantIndex(of: SparseEnum.self, allowed: [0, 3, 7])
        }
        var other = SCALEDecoder([5])
        let index = try other.decodeVariantIndex(of: PayloadEnum.self)
        #expect(other.invalidVariantIndex(index, of: PayloadEnum.self) == .invalidVariantIndex(type: "PayloadEnum", index: 5, offset: 0))
    }

    @Test("fixed arrays and raw byte access have no length prefix")
    func fixedArrays() throws {
        var encoder = SCALEEncoder(reservingCapacity: 64)
        encoder.encodeFixedArray([UInt16(1), 2])
        encoder.appendBytes([0xde, 0xad])
        encoder.encodeFixedArray([true, false])
        #expect(encoder.bytes == [1, 0, 2, 0, 0xde, 0xad, 1, 0])
        var decoder = SCALEDecoder(bytes: encoder.bytes[...])
        #expect(try decoder.decodeFixedArray(of: UInt16.self, count: 2) == [1, 2])
        #expect(try decoder.peekByte(decoding: UInt8.self) == 0xde)
        #expect(try decoder.withBytes(2, decoding: UInt16.self) { Array($0) } == [0xde, 0xad])
        #expect(try decoder.decodeFixedArray(of: Bool.self, count: 2) == [true, false])
        #expect(decoder.isAtEnd)
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "Array<UInt8>", offset: 8, needed: 32, remaining: 0)) {
            try decoder.decodeFixedBytes(32)
        }
        #expect(throws: SCALEDecodingError.unexpectedEndOfInput(type: "Array<UInt64>", offset: 8, needed: 24, remaining: 0)) {
            try decoder.decodeFixedArray(of: UInt64.self, count: 3)
        }
        #expect(throws: SCALEDecodingError.self) { try decoder.decodeFixedArray(of: UInt8.self, count: -1) }
        #expect(throws: SCALEDecodingError.self) { try decoder.decodeFixedArray(of: UInt64.self, count: .max) }
    }

    @Test("whole-buffer decoding from an ArraySlice counts offsets from the slice start")
    func slices() throws {
        let bytes: [UInt8] = [0xff, 0x08, 0x61, 0x62]
        #expect(try String(scaleBytes: bytes[1...]) == "ab")
        #expect(throws: SCALEDecodingError.lengthOutOfRange(type: "String", offset: 0, length: 2, remaining: 1)) {
            try String(scaleBytes: bytes[1..<3])
        }
    }

    @Test("strings keep their exact UTF-8 bytes (no normalisation)")
    func exactStrings() throws {
        let decomposed = "e\u{301}"
        let encoded = decomposed.scaleEncoded()
        #expect(encoded == [0x0c, 0x65, 0xcc, 0x81])
        #expect(Array(try String(scaleBytes: encoded).utf8) == Array(decomposed.utf8))
    }

    @Test("encoder reservations keep geometric growth")
    func reservations() {
        var encoder = SCALEEncoder()
        for value in 0..<1_000 as Range<UInt32> {
            encoder.reserveCapacity(additional: 4)
            encoder.encode(value)
        }
        #expect(encoder.count == 4_000)
        #expect(encoder.bytes.count == 4_000)
        let taken = encoder.takeBytes()
        #expect(taken.count == 4_000)
        #expect(taken[3_996...] == [0xe7, 0x03, 0, 0])
    }
}
