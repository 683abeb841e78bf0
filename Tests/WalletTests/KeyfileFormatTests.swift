import Keys
import Testing
import VectorSupport
@testable import Wallet

/// Every on-disk format of the fixtures reads to the address the real libraries gave it.
@Suite struct KeyfileFormatTests {
    static let fast = WalletFixtures.manifest.fixtures.filter { $0.format != "legacy_fernet" && $0.format != "polkadot_js" }

    @Test(arguments: fast)
    func readsFixture(_ fixture: WalletFixtures.Fixture) throws {
        let data = WalletFixtures.bytes(fixture.file)
        let expected: KeyfileEncryption = switch fixture.format {
        case "nacl": .nacl
        case "ansible_vault": .ansibleVault
        default: .none
        }
        #expect(KeyfileEncryption.detect(data) == expected)
        let plain = try KeyfileEncryption.decrypt(data, password: Password(fixture.password ?? ""))
        let key = try KeyfileJSON.deserialize(plain, path: fixture.file)
        #expect(key.ss58Address == fixture.ss58_address)
        #expect(hexString(key.publicKey) == fixture.public_key)
        #expect(key.scheme.rawValue == fixture.scheme)
        #expect(key.hasSecretKey == fixture.has_secret)
        if let signature = key.sign(Array("fixture".utf8)) {
            #expect(Keypair.verify(signature, message: Array("fixture".utf8), publicKey: key.publicKey, scheme: key.scheme))
        }
    }

    @Test func readsLegacyFernetWithTheDerivedKey() throws {
        let fixture = WalletFixtures.fixture("coldkey_legacy_fernet")
        let data = WalletFixtures.bytes(fixture.file)
        #expect(KeyfileEncryption.detect(data) == .legacyFernet)
        let plain = try KeyfileEncryption.decrypt(data, password: Password(fixture.password!))
        let key = try KeyfileJSON.deserialize(plain, path: fixture.file)
        #expect(key.ss58Address == fixture.ss58_address)
        #expect(key.mnemonic == WalletFixtures.manifest.mnemonic)
    }

    @Test func fernetWrongKeyIsWrongPassword() throws {
        let token = try Fernet.decode(WalletFixtures.bytes("coldkey_legacy_fernet"))
        #expect(throws: KeyfileCipherError.wrongPassword) { try Fernet.decrypt(token: token, key: [UInt8](repeating: 7, count: 32)) }
    }

    @Test func ansibleVaultWrongPassword() {
        #expect(throws: KeyfileCipherError.wrongPassword) {
            try KeyfileEncryption.decrypt(WalletFixtures.bytes("coldkey_ansible_vault"), password: Password("not it at all"))
        }
    }

    @Test func truncatedLegacyFilesAreMalformed() {
        let vault = WalletFixtures.bytes("coldkey_ansible_vault")
        #expect(throws: KeyfileCipherError.self) { try AnsibleVault.decrypt(Array(vault.prefix(200)), password: Password("x")) }
        let fernet = WalletFixtures.bytes("coldkey_legacy_fernet")
        #expect(throws: KeyfileCipherError.self) { try Fernet.decode(Array(fernet.prefix(40))) }
    }

    @Test func polkadotJSBackup() throws {
        let fixture = WalletFixtures.fixture("polkadot_js_backup.json")
        let key = try PolkadotJSONBackup.decrypt(WalletFixtures.bytes(fixture.file), password: Password(fixture.password!), path: "b")
        #expect(key.ss58Address == fixture.ss58_address)
        #expect(throws: WalletError.wrongPassword(path: "b")) {
            try PolkadotJSONBackup.decrypt(WalletFixtures.bytes(fixture.file), password: Password("wrong pass"), path: "b")
        }
        #expect(throws: WalletError.self) { try PolkadotJSONBackup.decrypt(Array("{}".utf8), password: Password("x"), path: "b") }
    }

    @Test func privateKeyMatchesBittensorWallet() throws {
        // bittensor-wallet writes privateKey = schnorrkel key ‖ nonce; ours must be the same bytes.
        let data = WalletFixtures.bytes("hotkey_bittensor_wallet")
        let key = try KeyfileJSON.deserialize(data, path: "h")
        let ours = String(decoding: KeyfileJSON.serialize(key), as: UTF8.self)
        let theirs = String(decoding: data, as: UTF8.self)
        let privateKey = theirs.split(separator: "\"privateKey\":\"")[1].prefix(130)
        #expect(ours.contains("\"privateKey\": \"\(privateKey)\""))
        #expect(ours.contains("\"secretSeed\": \"\(WalletFixtures.manifest.seed)\""))
    }
}
