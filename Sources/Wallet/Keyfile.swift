#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Hashing

/// One key file of a wallet (`coldkey`, `coldkeypub.txt`, `hotkeys/<name>`,
/// `hotkeys/<name>pub.txt`): reading it in any format bittensor ever wrote, and writing it the
/// way bittensor does (NaCl or plain JSON, mode 0600, never silently over an existing file).
///
/// Writes go to a temporary file in the same folder that is then renamed (or, when the file
/// must not exist yet, hard-linked) into place, so a failure leaves the old file untouched.
public struct Keyfile: Sendable, CustomStringConvertible {
    /// The file's path.
    public let path: String
    /// Environment variables holding this file's password (`BT_COLD_PW_<WALLETNAME>` first).
    public let passwordVariables: [String]

    /// A keyfile at `path` whose password may come from `passwordVariables`.
    public init(path: String, passwordVariables: [String] = []) {
        self.path = path
        self.passwordVariables = passwordVariables
    }

    /// `true` when a file is at `path`.
    public var exists: Bool { access(path, F_OK) == 0 }

    /// The raw bytes of the file.
    public func readData() throws(WalletError) -> [UInt8] {
        guard exists else { throw .keyfileNotFound(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .keyfileAccess(path: path, reason: "it is not readable")
        }
        return [UInt8](data)
    }

    /// The encryption of the file's bytes.
    public func encryption() throws(WalletError) -> KeyfileEncryption { KeyfileEncryption.detect(try readData()) }

    /// The key in the file, asking `passwords` for the password when it is encrypted.
    /// - Throws: `WalletError.wrongPassword`, `.keyfileCorrupt`, `.keyfileNotFound`, …
    public func keypair(passwords: PasswordSource) throws(WalletError) -> WalletKeypair {
        var plain = try decryptedData(passwords: passwords)
        defer { Sodium.wipe(&plain) }
        return try KeyfileJSON.deserialize(plain, path: path)
    }

    /// The key in an unencrypted file (public key files); an encrypted file is an error.
    public func publicKeypair() throws(WalletError) -> WalletKeypair {
        let data = try readData()
        guard !KeyfileEncryption.detect(data).isEncrypted else { throw .passwordRequired(path: path) }
        return try KeyfileJSON.deserialize(data, path: path)
    }

    /// The plaintext of the file. Secret: wipe after use.
    func decryptedData(passwords: PasswordSource) throws(WalletError) -> [UInt8] {
        let data = try readData()
        guard KeyfileEncryption.detect(data).isEncrypted else { return data }
        let password = try passwords.unlockPassword(for: self)
        do { return try KeyfileEncryption.decrypt(data, password: password) } catch {
            switch error {
            case .wrongPassword: throw .wrongPassword(path: path)
            case .malformed(let why): throw .keyfileCorrupt(path: path, reason: why)
            }
        }
    }

    /// Writes `key` (all of it; use `key.publicOnly` for the public files), NaCl-encrypted
    /// under `password` when one is given.
    /// - Throws: `.keyfileExists` when the file exists and `overwrite` is false.
    public func write(_ key: WalletKeypair, password: Password?, overwrite: Bool) throws(WalletError) {
        var plain = KeyfileJSON.serialize(key)
        defer { Sodium.wipe(&plain) }
        if !overwrite, exists { throw .keyfileExists(path: path) }
        let data = password.map { NaClKeyfileCipher.encrypt(plain, password: $0) } ?? plain
        try writeData(data, overwrite: overwrite)
    }

    /// Replaces the file's bytes (or creates the file) atomically, with mode 0600.
    public func writeData(_ data: [UInt8], overwrite: Bool) throws(WalletError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .keyfileAccess(path: path, reason: "cannot create the folder \(directory)")
        }
        let temporary = directory + "/." + (path as NSString).lastPathComponent + ".tmp-" + Hex16.random()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw .keyfileAccess(path: path, reason: String(cString: strerror(errno))) }
        var ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        ok = ok && fchmod(fd, 0o600) == 0 && fsync(fd) == 0
        close(fd)
        guard ok else {
            unlink(temporary)
            throw .keyfileAccess(path: path, reason: "writing failed")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .keyfileAccess(path: path, reason: reason)
            }
        } else {
            let status = link(temporary, path)
            let code = errno
            unlink(temporary)
            guard status == 0 else {
                if code == EEXIST { throw .keyfileExists(path: path) }
                throw .keyfileAccess(path: path, reason: String(cString: strerror(code)))
            }
        }
    }

    public var description: String { "Keyfile(\(path))" }
}

/// `write(2)`, named apart from `Keyfile.write`.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }

/// Random file-name suffixes.
enum Hex16 {
    static func random() -> String { Sodium.randomBytes(8).map { String(format: "%02x", $0) }.joined() }
}
