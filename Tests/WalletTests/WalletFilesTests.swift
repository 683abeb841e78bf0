import Foundation
import Testing
@testable import Wallet

/// Wallet folders on disk: layout, modes, overwrite protection, wrong passwords, migration.
@Suite(.serialized) struct WalletFilesTests {
    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func coldkeyRoundTripEncryptedWithModes0600() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let wallet = Wallet(name: "alice", hotkey: "h1", path: folder.path)
        let key = try WalletKeypair(mnemonic: WalletFixtures.manifest.mnemonic)
        try wallet.setColdkey(key, password: Password("correct horse"), overwrite: false)
        #expect(try wallet.coldkeyFile.encryption() == .nacl)
        #expect(mode(wallet.coldkeyFile.path) == 0o600)
        #expect(mode(wallet.coldkeypubFile.path) == 0o600)
        #expect(try wallet.coldkeypub().ss58Address == key.ss58Address)
        let loaded = try wallet.coldkey(passwords: FixedPasswordSource(Password("correct horse")))
        #expect(loaded.ss58Address == key.ss58Address && loaded.mnemonic == key.mnemonic)

        // Overwriting is refused and leaves both files as they were.
        let before = try wallet.coldkeyFile.readData()
        let other = try WalletKeypair.generate()
        #expect(throws: WalletError.keyfileExists(path: wallet.coldkeyFile.path)) {
            try wallet.setColdkey(other, password: nil, overwrite: false)
        }
        #expect(try wallet.coldkeyFile.readData() == before)

        // A wrong password is a clear error and changes nothing.
        #expect(throws: WalletError.wrongPassword(path: wallet.coldkeyFile.path)) {
            try wallet.coldkey(passwords: FixedPasswordSource(Password("wrong horse")))
        }
        #expect(try wallet.coldkeyFile.readData() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: wallet.directory).sorted() == ["coldkey", "coldkeypub.txt"])
    }

    @Test func hotkeysAndListing() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let wallet = Wallet(name: "bob", hotkey: "miner", path: folder.path)
        let hot = try WalletKeypair.generate()
        try wallet.setHotkey(hot, password: nil, overwrite: false)
        try wallet.setHotkey(try WalletKeypair.generate(), named: "validator", password: nil, overwrite: false)
        #expect(wallet.hotkeyNames() == ["miner", "validator"])
        #expect(try wallet.hotkeypub().ss58Address == hot.ss58Address)
        #expect(try wallet.hotkey(passwords: FixedPasswordSource(Password("unused"))).ss58Address == hot.ss58Address)
        #expect(Wallet.names(in: folder.path) == ["bob"])
        #expect(throws: WalletError.walletNotFound(name: "carol", path: folder.path)) {
            try Wallet(name: "carol", path: folder.path).coldkeypub()
        }
    }

    @Test func updateMigratesAnsibleVaultToNaCl() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let wallet = Wallet(name: "old", path: folder.path)
        let fixture = WalletFixtures.fixture("coldkey_ansible_vault")
        try wallet.coldkeyFile.writeData(WalletFixtures.bytes(fixture.file), overwrite: false)
        let before = try wallet.coldkeyFile.readData()
        #expect(throws: WalletError.wrongPassword(path: wallet.coldkeyFile.path)) {
            try wallet.coldkeyFile.updateEncryption(passwords: FixedPasswordSource(Password("wrong one")))
        }
        #expect(try wallet.coldkeyFile.readData() == before)
        let source = FixedPasswordSource(Password(fixture.password!))
        #expect(try wallet.coldkeyFile.updateEncryption(passwords: source) == .updated(from: .ansibleVault))
        #expect(try wallet.coldkeyFile.encryption() == .nacl)
        #expect(try wallet.coldkey(passwords: source).ss58Address == fixture.ss58_address)
        #expect(try wallet.coldkeyFile.updateEncryption(passwords: source) == .alreadyCurrent)
    }

    @Test func defaultPathExpandsHome() {
        let wallet = Wallet(home: "/home/u")
        #expect(wallet.path == "/home/u/.bittensor/wallets")
        #expect(wallet.coldkeyFile.path == "/home/u/.bittensor/wallets/default/coldkey")
        #expect(wallet.hotkeyFile.path == "/home/u/.bittensor/wallets/default/hotkeys/default")
        #expect(wallet.passwordVariable == "BT_COLD_PW_DEFAULT")
    }
}
