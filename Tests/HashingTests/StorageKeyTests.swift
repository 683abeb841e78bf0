import Testing
import VectorSupport
@testable import Hashing

struct StorageKeyVectors: Decodable {
    struct Key: Decodable { let hasher: String; let encoded: String }
    struct Vector: Decodable, CustomTestStringConvertible {
        let pallet: String
        let item: String
        let keys: [Key]
        let storage_key: String
        var testDescription: String { "\(pallet).\(item)" }
    }
    let vectors: [Vector]
}

@Suite struct StorageKeyTests {
    static let vectors: [StorageKeyVectors.Vector] = try! GoldenVectors.load("storage_keys.json", as: StorageKeyVectors.self).vectors

    @Test(arguments: vectors)
    func storageKeysMatchSubstrateInterface(_ v: StorageKeyVectors.Vector) throws {
        let keys = try v.keys.map { key -> (StorageHasher, [UInt8]) in
            let hasher = try #require(StorageHasher(name: key.hasher), "unknown hasher \(key.hasher)")
            return (hasher, hexBytes(key.encoded))
        }
        #expect(hexString(StorageKey.key(pallet: v.pallet, item: v.item, keys: keys)) == v.storage_key)
    }

    @Test func systemAccountPrefixIsTheWellKnownOne() {
        #expect(hexString(StorageKey.prefix(pallet: "System", item: "Account"))
            == "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9")
    }

    @Test func concatHashersKeepTheRawKeyAfterTheDigest() {
        let key: [UInt8] = [1, 2, 3, 4]
        for hasher in StorageHasher.allCases {
            let hashed = hasher.hash(key)
            if let prefix = hasher.transparentPrefixLength {
                #expect(Array(hashed.dropFirst(prefix)) == key)
            }
            #expect(StorageHasher(name: hasher.description) == hasher)
        }
    }
}
