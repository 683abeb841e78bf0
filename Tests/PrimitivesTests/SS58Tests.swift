import Testing
import VectorSupport
@testable import Primitives

struct SS58Vectors: Decodable {
    struct Valid: Decodable { let public_key: String; let prefix: UInt16; let address: String }
    struct Invalid: Decodable { let address: String; let reason: String }
    let valid: [Valid]
    let invalid: [Invalid]
    static let shared: SS58Vectors = try! GoldenVectors.load("keys_ss58.json")
}

@Suite struct SS58Tests {
    @Test func encodesAndDecodesEveryValidVector() throws {
        for v in SS58Vectors.shared.valid {
            #expect(try SS58.encode(publicKey: hexBytes(v.public_key), prefix: v.prefix) == v.address)
            let decoded = try SS58.decode(v.address)
            #expect(decoded.prefix == v.prefix)
            #expect(decoded.publicKey == hexBytes(v.public_key))
        }
    }

    @Test func rejectsEveryInvalidVectorWithTheRightReason() {
        for v in SS58Vectors.shared.invalid {
            do {
                _ = try SS58.decode(v.address)
                Issue.record("accepted invalid address \(v.address) (\(v.reason))")
            } catch {
                switch (v.reason, error) {
                case ("checksum", .invalidChecksum), ("length", .invalidLength), ("base58", .invalidBase58),
                     ("prefix", .invalidPrefix):
                    break
                default:
                    Issue.record("\(v.address): expected \(v.reason), got \(error)")
                }
                #expect(!error.description.contains("\n"))
            }
        }
    }

    @Test func requiresTheExpectedNetwork() throws {
        let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        #expect(try SS58.decode(alice, expectedPrefix: 42).count == 32)
        #expect(throws: SS58.Error.prefixMismatch(expected: 0, actual: 42)) { try SS58.decode(alice, expectedPrefix: 0) }
    }

    @Test func refusesReservedPrefixesAndShortKeys() {
        #expect(throws: SS58.Error.invalidPrefix(46)) { try SS58.encode(publicKey: [UInt8](repeating: 1, count: 32), prefix: 46) }
        #expect(throws: SS58.Error.invalidPrefix(16384)) { try SS58.encode(publicKey: [UInt8](repeating: 1, count: 32), prefix: 16384) }
        #expect(throws: SS58.Error.invalidPublicKeyLength(31)) { try SS58.encode(publicKey: [UInt8](repeating: 1, count: 31)) }
    }
}
