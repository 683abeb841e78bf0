import Testing
import VectorSupport
@testable import Wallet

/// The keyfile JSON we write and the damaged inputs we refuse.
@Suite struct KeyfileJSONTests {
    @Test func writesPythonKeyOrderWithCryptoType() throws {
        let key = try WalletKeypair(mnemonic: WalletFixtures.manifest.mnemonic)
        let text = String(decoding: KeyfileJSON.serialize(key), as: UTF8.self)
        let order = ["accountId", "publicKey", "privateKey", "secretPhrase", "secretSeed", "ss58Address", "cryptoType"]
        let positions = order.map { text.range(of: "\"\($0)\": ")!.lowerBound }
        #expect(positions == positions.sorted())
        #expect(text.hasSuffix("\"cryptoType\": 1}"))
        let pub = String(decoding: KeyfileJSON.serialize(key.publicOnly), as: UTF8.self)
        #expect(pub.contains("\"privateKey\": null, \"secretPhrase\": null, \"secretSeed\": null"))
    }

    @Test(arguments: [
        "", "not json", "{", "[1,2]", "{}", #"{"secretSeed": "0x12"}"#, #"{"secretPhrase": "not a real mnemonic at all"}"#,
        #"{"publicKey": "0xzz"}"#, #"{"ss58Address": "5notanaddress"}"#, "0x1234", #"{"cryptoType": 7, "publicKey": "0x00"}"#,
    ])
    func refusesDamagedData(_ text: String) {
        #expect(throws: WalletError.self) { try KeyfileJSON.deserialize(Array(text.utf8), path: "k") }
    }

    @Test func refusesAPublicKeyThatDoesNotMatchTheSecret() throws {
        var text = String(decoding: WalletFixtures.bytes("hotkey_python_v5"), as: UTF8.self)
        let pub = WalletFixtures.fixture("hotkey_python_v5").public_key
        text = text.replacingOccurrences(of: pub, with: String(repeating: "11", count: 32))
        #expect(throws: WalletError.keyfileCorrupt(path: "k", reason: "its public key does not match its secret key")) {
            try KeyfileJSON.deserialize(Array(text.utf8), path: "k")
        }
    }

    @Test func truncatedJSONIsCorrupt() {
        let data = WalletFixtures.bytes("hotkey_bittensor_wallet")
        for cut in [1, 10, data.count / 2, data.count - 1] {
            #expect(throws: WalletError.self) { try KeyfileJSON.deserialize(Array(data.prefix(cut)), path: "k") }
        }
    }
}
