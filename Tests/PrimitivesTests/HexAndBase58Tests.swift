import Testing
@testable import Primitives

@Suite struct HexAndBase58Tests {
    @Test func hexRoundTripsWithAndWithoutPrefix() throws {
        let bytes: [UInt8] = [0, 1, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "0001abff")
        #expect(Hex.encode(bytes, prefixed: true) == "0x0001abff")
        #expect(try Hex.decode("0x0001ABff") == bytes)
        #expect(try Hex.decode("") == [])
    }

    @Test func malformedHexIsRejectedWithTheOffendingPosition() {
        #expect(throws: Hex.DecodingError.oddLength(3)) { try Hex.decode("abc") }
        #expect(throws: Hex.DecodingError.invalidCharacter("g", offset: 3)) { try Hex.decode("0x0g") }
        #expect(throws: Hex.DecodingError.wrongLength(expected: 32, actual: 2)) { try Hex.decode("0x0102", length: 32) }
    }

    @Test func base58KeepsLeadingZeros() throws {
        for bytes: [UInt8] in [[], [0], [0, 0, 1], [0xff, 0xff], [0, 0xff] + [UInt8](repeating: 7, count: 40)] {
            #expect(try Base58.decode(Base58.encode(bytes)).get() == bytes)
        }
        #expect(Base58.encode([0, 0, 1]) == "112")
    }

    @Test func base58RejectsCharactersOutsideTheAlphabet() {
        #expect(throws: Base58.InvalidCharacter(character: "0", offset: 2)) { try Base58.decode("110").get() }
        #expect(throws: Base58.InvalidCharacter(character: "l", offset: 0)) { try Base58.decode("l").get() }
    }

    @Test func accountIDParsesBothForms() throws {
        let alice = try AccountID(parsing: "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
        let same = try AccountID(parsing: "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(alice == same)
        #expect(alice.description == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    }
}
