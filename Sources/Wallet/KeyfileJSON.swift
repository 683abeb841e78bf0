import Foundation
import Hashing
import JSON
import Keys
import Primitives

/// The plaintext of a keyfile: the JSON object bittensor writes, and every older shape it reads.
///
/// Written in the Python key order with `json.dumps` separators (`accountId, publicKey,
/// privateKey, secretPhrase, secretSeed, ss58Address`, nulls kept), followed by bittensor-wallet
/// 4.1's `cryptoType` (1 = sr25519, 0 = ed25519). Read: that, bittensor-wallet's compact
/// unordered form, a JSON with only `publicKey`/`accountId`/`ss58Address`, and the raw `0x…` hex
/// public key of old `coldkeypub.txt` files.
public enum KeyfileJSON {
    /// The keyfile JSON of `key`. Contains secrets when `key` has a secret key: wipe after use.
    public static func serialize(_ key: WalletKeypair) -> [UInt8] {
        var seed = key.seed, privateKey = key.privateKey
        defer {
            if seed != nil { Sodium.wipe(&seed!) }
            if privateKey != nil { Sodium.wipe(&privateKey!) }
        }
        let publicHex = "\"" + Hex.encode(key.publicKey, prefixed: true) + "\""
        let fields: [(String, String)] = [
            ("accountId", publicHex),
            ("publicKey", publicHex),
            ("privateKey", privateKey.map { "\"" + Hex.encode($0, prefixed: true) + "\"" } ?? "null"),
            ("secretPhrase", key.mnemonic.map { JSONString.quoted($0, asciiOnly: true) } ?? "null"),
            ("secretSeed", seed.map { "\"" + Hex.encode($0, prefixed: true) + "\"" } ?? "null"),
            ("ss58Address", JSONString.quoted(key.ss58Address, asciiOnly: true)),
            ("cryptoType", String(key.scheme.multiSignatureIndex)),
        ]
        let text = "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        return Array(text.utf8)
    }

    /// The key in keyfile plaintext `data`; `path` only names the file in errors.
    /// - Throws: `WalletError.keyfileCorrupt` when `data` is none of the shapes above or its
    ///   public key does not match its secret.
    public static func deserialize(_ data: [UInt8], path: String) throws(WalletError) -> WalletKeypair {
        let trimmed = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("0x") {
            do { return try WalletKeypair(publicKeyHex: trimmed) } catch {
                throw .keyfileCorrupt(path: path, reason: "the hex public key is malformed")
            }
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(data))) as? [String: Any] else {
            throw .keyfileCorrupt(path: path, reason: "it is not a keyfile JSON object")
        }
        func string(_ name: String) -> String? { object[name] as? String }
        let declared: CryptoScheme?
        switch object["cryptoType"] {
        case nil, is NSNull: declared = nil
        case let n as Int where n == 0: declared = .ed25519
        case let n as Int where n == 1: declared = .sr25519
        default: throw .keyfileCorrupt(path: path, reason: "unknown cryptoType")
        }
        let statedPublic: [UInt8]?
        if let hex = string("publicKey") ?? string("accountId") {
            guard let bytes = try? Hex.decode(hex), bytes.count == 32 else {
                throw .keyfileCorrupt(path: path, reason: "the public key is malformed")
            }
            statedPublic = bytes
        } else if let address = string("ss58Address") {
            guard let decoded = try? SS58.decode(address) else {
                throw .keyfileCorrupt(path: path, reason: "the SS58 address is malformed")
            }
            statedPublic = decoded.publicKey
        } else {
            statedPublic = nil
        }
        // Without a cryptoType, an old file may still hold an ed25519 key: the stated public key decides.
        let candidates: [CryptoScheme] = declared.map { [$0] } ?? [.sr25519, .ed25519]
        var lastError: WalletError = .keyfileCorrupt(path: path, reason: "it holds no key")
        for scheme in candidates {
            do {
                guard let key = try secretKey(object, scheme: scheme, path: path) else { break }
                if let statedPublic, statedPublic != key.publicKey {
                    lastError = .keyfileCorrupt(path: path, reason: "its public key does not match its secret key")
                    continue
                }
                return key
            } catch {
                lastError = error
            }
        }
        if object["secretSeed"] is String || object["secretPhrase"] is String || object["privateKey"] is String {
            throw lastError
        }
        guard let statedPublic else { throw lastError }
        return try WalletKeypair(publicKey: statedPublic, scheme: declared ?? .sr25519)
    }

    /// The secret key of `object` under `scheme` (secretSeed → secretPhrase → privateKey), or
    /// `nil` when it holds none.
    private static func secretKey(_ object: [String: Any], scheme: CryptoScheme, path: String) throws(WalletError) -> WalletKeypair? {
        let phrase = object["secretPhrase"] as? String
        if let seedHex = object["secretSeed"] as? String {
            let fromSeed: WalletKeypair
            do { fromSeed = try WalletKeypair(seedHex: seedHex, scheme: scheme) } catch {
                throw .keyfileCorrupt(path: path, reason: "its secretSeed is malformed")
            }
            if let phrase, let fromPhrase = try? WalletKeypair(mnemonic: phrase, scheme: scheme),
               fromPhrase.publicKey == fromSeed.publicKey {
                return fromPhrase
            }
            return fromSeed
        }
        if let phrase {
            do { return try WalletKeypair(mnemonic: phrase, scheme: scheme) } catch {
                throw .keyfileCorrupt(path: path, reason: "its secretPhrase is not a valid mnemonic")
            }
        }
        if let privateHex = object["privateKey"] as? String {
            guard var bytes = try? Hex.decode(privateHex) else {
                throw .keyfileCorrupt(path: path, reason: "its privateKey is not hex")
            }
            defer { Sodium.wipe(&bytes) }
            switch scheme {
            case .sr25519:
                guard let key = Sr25519.SecretKey(bytes: bytes) else {
                    throw .keyfileCorrupt(path: path, reason: "its privateKey is not an sr25519 secret key")
                }
                return WalletKeypair(sr25519: Sr25519.Keypair(secretKey: key))
            case .ed25519:
                guard bytes.count == 32 || bytes.count == 64 else {
                    throw .keyfileCorrupt(path: path, reason: "its privateKey is not an ed25519 seed")
                }
                return try? WalletKeypair(seed: Array(bytes.prefix(32)), scheme: .ed25519)
            }
        }
        return nil
    }
}
