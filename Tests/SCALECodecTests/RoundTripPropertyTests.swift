import Primitives
import SCALECodec
import Testing

/// Seeded random round trips: decode(encode(x)) == x, and the encoding has the predicted size.
@Suite("Randomised round trips")
struct RoundTripPropertyTests {
    @Test("fixed-width integers round-trip and encode as little-endian bytes")
    func integers() throws {
        var random = SplitMix64(seed: 1)
        for _ in 0..<300 {
            try Self.checkInteger(UInt8.self, &random)
            try Self.checkInteger(UInt16.self, &random)
            try Self.checkInteger(UInt32.self, &random)
            try Self.checkInteger(UInt64.self, &random)
            try Self.checkInteger(UInt128.self, &random)
            try Self.checkInteger(Int8.self, &random)
            try Self.checkInteger(Int16.self, &random)
            try Self.checkInteger(Int32.self, &random)
            try Self.checkInteger(Int64.self, &random)
            try Self.checkInteger(Int128.self, &random)
        }
    }

    @Test("compact integers of every bit length round-trip canonically at every width")
    func compacts() throws {
        var random = SplitMix64(seed: 2)
        for _ in 0..<2_000 {
            let value = Self.randomWide(&random)
            let encoded = Compact(value).scaleEncoded()
            #expect(encoded.count == SCALEEncoder.compactLength(of: value))
            #expect(try Compact<UInt128>(scaleBytes: encoded).value == value)
            if let narrow = UInt64(exactly: value) {
                #expect(Compact(narrow).scaleEncoded() == encoded)
                #expect(try Compact<UInt64>(scaleBytes: encoded).value == narrow)
            } else {
                #expect(throws: SCALEDecodingError.self) { try Compact<UInt64>(scaleBytes: encoded) }
            }
            if let narrow = UInt32(exactly: value) {
                #expect(try Compact<UInt32>(scaleBytes: encoded).value == narrow)
            } else {
                #expect(throws: SCALEDecodingError.self) { try Compact<UInt32>(scaleBytes: encoded) }
            }
        }
    }

    @Test("nested vectors, options, strings, maps and results round-trip")
    func nestedValues() throws {
        var random = SplitMix64(seed: 3)
        for _ in 0..<300 {
            try Self.roundTrip(Self.array(&random, max: 6) { r in Self.array(&r, max: 8) { UInt16(truncatingIfNeeded: $0.next()) } })
            try Self.roundTrip(Self.array(&random, max: 6) { r in Self.optional(&r) { Self.string(&$0) } })
            try Self.roundTrip(Self.optional(&random) { r in Self.array(&r, max: 70) { Compact(Self.randomWide(&$0)) } })
            try Self.roundTrip(Self.array(&random, max: 5) { r in Self.optional(&r) { Self.optional(&$0) { $0.next() % 2 == 0 } } })
            try Self.roundTrip(Self.array(&random, max: 100) { UInt8(truncatingIfNeeded: $0.next()) })
            try Self.roundTrip(Self.array(&random, max: 20) { Int64(bitPattern: $0.next()) })
            try Self.roundTrip(OptionBool(Self.optional(&random) { $0.next() % 2 == 0 }))
            let map = Dictionary(
                Self.array(&random, max: 8) { r in (UInt32(truncatingIfNeeded: r.next()), Self.string(&r)) },
                uniquingKeysWith: { first, _ in first })
            try Self.roundTrip(map)
            let result: SCALEResult<[UInt32], String> =
                random.next() % 2 == 0
                ? .ok(Self.array(&random, max: 4) { UInt32(truncatingIfNeeded: $0.next()) }) : .err(Self.string(&random))
            try Self.roundTrip(result)
            try Self.roundTrip(
                Triple(
                    UInt8(truncatingIfNeeded: random.next()), UInt16(truncatingIfNeeded: random.next()),
                    UInt32(truncatingIfNeeded: random.next())))
        }
    }

    @Test("a stream of mixed values decodes back in order through one decoder")
    func streams() throws {
        var random = SplitMix64(seed: 4)
        for _ in 0..<200 {
            let number = UInt64(truncatingIfNeeded: random.next())
            let text = Self.string(&random)
            let amount = Compact(Self.randomWide(&random))
            let flags = Self.array(&random, max: 5) { $0.next() % 2 == 0 }
            var encoder = SCALEEncoder()
            encoder.encode(number)
            encoder.encode(text)
            encoder.encode(amount)
            encoder.encode(flags)
            var decoder = SCALEDecoder(encoder.bytes)
            #expect(try decoder.decode(UInt64.self) == number)
            #expect(try decoder.decode(String.self).utf8.elementsEqual(text.utf8))
            #expect(try decoder.decode(Compact<UInt128>.self) == amount)
            #expect(try decoder.decode([Bool].self) == flags)
            try decoder.finish(decoding: Self.self)
        }
    }

    // MARK: - Generators and checks

    static func checkInteger<T: FixedWidthInteger & SCALECodable>(_ type: T.Type, _ random: inout SplitMix64) throws {
        let edge: [T] = [.min, .max, 0, .min &+ 1, .max &- 1]
        let value = random.next() % 8 == 0 ? edge[Int(random.next() % 5)] : T.random(in: .min ... .max, using: &random)
        let encoded = value.scaleEncoded()
        #expect(encoded == withUnsafeBytes(of: value.littleEndian) { Array($0) })
        #expect(encoded.count == T.scaleMinimumEncodedLength)
        #expect(try T(scaleBytes: encoded) == value)
    }

    static func roundTrip<T: SCALECodable & Equatable>(_ value: T) throws {
        let encoded = value.scaleEncoded()
        let decoded = try T(scaleBytes: encoded)
        #expect(decoded == value, "\(T.self): \(value)")
        #expect(decoded.scaleEncoded() == encoded)
    }

    /// A value with a random bit length, so every compact mode is hit often.
    static func randomWide(_ random: inout SplitMix64) -> UInt128 {
        let bits = Int(random.next() % 129)
        let raw = UInt128(random.next()) << 64 | UInt128(random.next())
        return bits == 0 ? 0 : raw >> (128 - bits)
    }

    static func array<T>(_ random: inout SplitMix64, max: UInt64, _ element: (inout SplitMix64) -> T) -> [T] {
        (0..<random.next() % (max + 1)).map { _ in element(&random) }
    }

    static func optional<T>(_ random: inout SplitMix64, _ wrapped: (inout SplitMix64) -> T) -> T? {
        random.next() % 3 == 0 ? nil : wrapped(&random)
    }

    /// Random text mixing ASCII, two-, three- and four-byte scalars (never surrogates).
    static func string(_ random: inout SplitMix64) -> String {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7e, 0x80...0x7ff, 0x800...0xd7ff, 0xe000...0xfffd, 0x10000...0x10ffff]
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.next() % 80 {
            let range = ranges[Int(random.next() % UInt64(ranges.count))]
            let scalar = UInt32.random(in: range, using: &random)
            scalars.append(Unicode.Scalar(scalar)!)
        }
        return String(scalars)
    }
}
