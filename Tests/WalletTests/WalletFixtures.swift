import Foundation
import VectorSupport

/// The committed keyfile fixtures in `Tests/Vectors/wallets/` (made by
/// `Scripts/vectors/generate_wallet_fixtures.py` with the real libraries).
struct WalletFixtures: Decodable {
    struct Fixture: Decodable, CustomStringConvertible {
        let file: String
        let format: String
        let scheme: String
        let password: String?
        let has_secret: Bool
        let public_key: String
        let ss58_address: String
        let note: String
        var description: String { file }
    }

    struct PolicyCase: Decodable, CustomStringConvertible {
        let password: String
        let accepted: Bool
        var description: String { password }
    }

    struct Policy: Decodable { let cases: [PolicyCase] }

    let mnemonic: String
    let seed: String
    let fixtures: [Fixture]

    static let directory = GoldenVectors.directory.appendingPathComponent("wallets")
    static let manifest: WalletFixtures = try! GoldenVectors.load("wallets/manifest.json")
    static let policy: Policy = try! GoldenVectors.load("wallets/password_policy.json")

    static func bytes(_ file: String) -> [UInt8] {
        [UInt8](try! Data(contentsOf: directory.appendingPathComponent(file)))
    }

    static func fixture(_ file: String) -> Fixture { manifest.fixtures.first { $0.file == file }! }
}

/// A fresh temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "wallet-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
