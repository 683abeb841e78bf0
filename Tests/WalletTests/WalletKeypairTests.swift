import Keys
import Primitives
import Testing
import VectorSupport
@testable import Wallet

/// Keys from the inputs btcli takes, and the errors for bad ones.
@Suite struct WalletKeypairTests {
    @Test func knownMnemonicGivesTheRealAddress() throws {
        let key = try WalletKeypair(mnemonic: WalletFixtures.manifest.mnemonic)
        #expect(key.ss58Address == "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByF")
        #expect(key.seed.map { hexString($0) } == String(WalletFixtures.manifest.seed.dropFirst(2)))
        #expect(try WalletKeypair(seedHex: WalletFixtures.manifest.seed).publicKey == key.publicKey)
    }

    @Test func generatedMnemonicsHaveTheRequestedLength() throws {
        for words in [12, 24] {
            let key = try WalletKeypair.generate(wordCount: words)
            #expect(key.mnemonic?.split(separator: " ").count == words)
        }
        #expect(throws: WalletError.self) { try WalletKeypair.generate(wordCount: 13) }
    }

    @Test func badInputsAreOneSentenceErrors() {
        #expect(throws: WalletError.self) { try WalletKeypair(mnemonic: "embrace when people burst rich salon derive flush carry ugly double double") }
        #expect(throws: WalletError.self) { try WalletKeypair(mnemonic: "one two three") }
        #expect(throws: WalletError.self) { try WalletKeypair(ss58Address: "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByG") }
        #expect(throws: WalletError.self) { try WalletKeypair(publicKeyHex: "0x1234") }
        #expect(throws: WalletError.self) { try WalletKeypair(seedHex: "0xzz") }
        #expect(throws: WalletError.self) { try WalletKeypair(uri: "//Alice//") }
    }

    @Test func uriKeysMatchTheDevelopmentVectors() throws {
        struct Vectors: Decodable { struct V: Decodable { let uri: String; let scheme: String; let ss58_address: String }; let vectors: [V] }
        let vectors: Vectors = try GoldenVectors.load("keys_dev_uris.json")
        for v in vectors.vectors where v.uri.hasPrefix("//") {
            let key = try WalletKeypair(uri: v.uri, scheme: CryptoScheme(rawValue: v.scheme)!)
            #expect(key.ss58Address == v.ss58_address, "\(v.uri) \(v.scheme)")
            #expect(key.hasSecretKey)
            // What we write, we read back to the same key.
            let back = try KeyfileJSON.deserialize(KeyfileJSON.serialize(key), path: "k")
            #expect(back.publicKey == key.publicKey && back.scheme == key.scheme)
        }
    }
}
