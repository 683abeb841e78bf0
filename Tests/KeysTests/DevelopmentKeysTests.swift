import Testing
import VectorSupport
@testable import Keys

@Suite struct DevelopmentKeysTests {
    @Test func aliceSr25519IsTheWellKnownKey() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        #expect(hexString(alice.publicKey) == "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        #expect(try alice.ss58Address() == "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY")
    }

    @Test func aliceEd25519IsTheWellKnownKey() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .ed25519)
        #expect(hexString(alice.publicKey) == "88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee")
    }

    @Test func signaturesRoundTrip() throws {
        for scheme in CryptoScheme.allCases {
            let pair = try Keypair(uri: "//Bob", scheme: scheme)
            let message = Array("hello bittensor".utf8)
            let signature = pair.sign(message)
            #expect(Keypair.verify(signature, message: message, publicKey: pair.publicKey, scheme: scheme))
            #expect(!Keypair.verify(signature, message: message + [0], publicKey: pair.publicKey, scheme: scheme))
        }
    }
}
