import Testing
import VectorSupport
@testable import Keys

@Suite struct SecretURITests {
    @Test func parsesPhrasePathAndPassword() throws {
        let uri = try SecretURI("legal winner thank year wave sausage worth useful legal winner thank yellow//hard/soft///my pass/word")
        #expect(uri.path == "//hard/soft")
        #expect(uri.password == "my pass/word")
        #expect(uri.junctions.map(\.isHard) == [true, false])
        #expect(!uri.usesDevelopmentPhrase)
    }

    @Test func bareDerivationUsesTheDevelopmentPhrase() throws {
        let uri = try SecretURI("//Alice")
        #expect(uri.usesDevelopmentPhrase)
        guard case .phrase(let p) = uri.root else { Issue.record("expected phrase"); return }
        #expect(p == SecretURI.developmentPhrase)
    }

    @Test func junctionChainCodesFollowSubstrate() {
        #expect(hexString(DeriveJunction("Alice", hard: true).chainCode) == "14416c696365" + String(repeating: "00", count: 26))
        #expect(DeriveJunction("0", hard: true).chainCode == [UInt8](repeating: 0, count: 32))
        #expect(hexString(DeriveJunction("42", hard: false).chainCode) == "2a" + String(repeating: "00", count: 31))
        // Does not fit u64: treated as a string.
        let big = DeriveJunction("18446744073709551616", hard: true).chainCode
        #expect(big[0] == 20 << 2)
    }

    @Test func hardDerivationGivesASeedSoftDoesNot() throws {
        #expect(try Keypair(uri: "//Alice//stash", scheme: .sr25519).seed != nil)
        #expect(try Keypair(uri: "//Alice/stash", scheme: .sr25519).seed == nil)
    }

    @Test func softPublicDerivationMatchesSecretDerivation() throws {
        let parent = try Keypair(uri: "//Alice", scheme: .sr25519)
        let child = try Keypair(uri: "//Alice/stash", scheme: .sr25519)
        let publicChild = try #require(Sr25519.PublicKey(bytes: parent.publicKey)).softDerive(chainCode: DeriveJunction("stash", hard: false).chainCode)
        #expect(publicChild.bytes == child.publicKey)
        // The soft-derived secret still signs verifiably.
        let signature = child.sign([9, 9])
        #expect(Keypair.verify(signature, message: [9, 9], publicKey: child.publicKey, scheme: .sr25519))
    }

    @Test func secretsNeverAppearInDescriptions() throws {
        let phrase = "legal winner thank year wave sausage worth useful legal winner thank yellow"
        let pair = try Keypair(uri: phrase + "///secretpw", scheme: .sr25519)
        let seedHex = hexString(try #require(pair.seed))
        let texts = [
            pair.description, String(describing: pair), String(reflecting: try Mnemonic(phrase: phrase)),
            try SecretURI(phrase + "///secretpw").description, SecretBytes([1, 2, 3]).description,
        ]
        for text in texts {
            #expect(!text.contains("legal winner"))
            #expect(!text.contains("secretpw"))
            #expect(!text.contains(seedHex))
        }
    }
}
