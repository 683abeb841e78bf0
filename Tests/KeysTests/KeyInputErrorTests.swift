import Testing
@testable import Keys

@Suite struct KeyInputErrorTests {
    static let valid12 = "legal winner thank year wave sausage worth useful legal winner thank yellow"

    @Test func wrongWordCountIsNamed() {
        #expect(throws: Mnemonic.Error.invalidWordCount(13)) {
            try Mnemonic(phrase: Self.valid12 + " abandon")
        }
    }

    @Test func unknownWordIsNamedWithItsPosition() {
        #expect(throws: Mnemonic.Error.unknownWord("bitcoin", position: 3)) {
            try Mnemonic(phrase: "legal winner bitcoin year wave sausage worth useful legal winner thank yellow")
        }
    }

    @Test func badChecksumIsRejected() {
        #expect(throws: Mnemonic.Error.invalidChecksum) {
            try Mnemonic(phrase: "legal winner thank year wave sausage worth useful legal winner thank thank")
        }
    }

    @Test func generatedMnemonicsValidateForEveryLength() throws {
        for count in Mnemonic.validWordCounts {
            let m = try Mnemonic.generate(wordCount: count)
            #expect(m.wordCount == count)
            #expect(try Mnemonic(phrase: m.phrase).entropy == m.entropy)
        }
        #expect(throws: Mnemonic.Error.invalidWordCount(13)) { try Mnemonic.generate(wordCount: 13) }
    }

    @Test func softJunctionsAreRefusedForEd25519() {
        #expect(throws: Keypair.Error.softJunctionNotSupported(scheme: .ed25519, junction: "soft")) {
            try Keypair(uri: "//Alice/soft", scheme: .ed25519)
        }
    }

    @Test func malformedURIsAreNamed() {
        #expect(throws: Keypair.Error.uri(.invalidFormat("empty junction in the derivation path"))) {
            try Keypair(uri: "//Alice//", scheme: .sr25519)
        }
        #expect(throws: Keypair.Error.uri(.invalidSeed("expected 64 hex digits (32 bytes) after 0x, got 4"))) {
            try Keypair(uri: "0x1234", scheme: .sr25519)
        }
        #expect(throws: Keypair.Error.uri(.invalidFormat("the phrase may contain only words and spaces"))) {
            try Keypair(uri: "legal, winner", scheme: .sr25519)
        }
    }

    @Test func errorsAreOneLine() {
        let errors: [any Error & CustomStringConvertible] = [
            Mnemonic.Error.invalidWordCount(13), Mnemonic.Error.invalidChecksum,
            Mnemonic.Error.unknownWord("x", position: 1), SecretURI.Error.invalidFormat("x"),
            Keypair.Error.softJunctionNotSupported(scheme: .ed25519, junction: "a"),
        ]
        for e in errors { #expect(!e.description.contains("\n")) }
    }
}
