import Testing
import VectorSupport
@testable import Keys

struct SignatureVector: Decodable, CustomTestStringConvertible {
    let public_key: String
    let message: String
    let signature: String
    let seed: String?
    let `case`: String?
    var testDescription: String { (self.case ?? "valid") + " msg \(message.count / 2) bytes" }
}

private struct Sr25519Signatures: Decodable { let valid: [SignatureVector]; let invalid: [SignatureVector] }
private struct Ed25519Signatures: Decodable { let vectors: [SignatureVector]; let invalid: [SignatureVector] }

@Suite struct SignatureVectorTests {
    fileprivate static let sr: Sr25519Signatures = try! GoldenVectors.load("keys_sr25519_signatures.json")
    fileprivate static let ed: Ed25519Signatures = try! GoldenVectors.load("keys_ed25519_signatures.json")

    @Test(arguments: sr.valid)
    func sr25519SignaturesFromRustVerify(_ v: SignatureVector) {
        #expect(Keypair.verify(hexBytes(v.signature), message: hexBytes(v.message), publicKey: hexBytes(v.public_key), scheme: .sr25519))
    }

    @Test(arguments: sr.invalid)
    func sr25519TamperedSignaturesAreRejected(_ v: SignatureVector) {
        #expect(!Keypair.verify(hexBytes(v.signature), message: hexBytes(v.message), publicKey: hexBytes(v.public_key), scheme: .sr25519))
    }

    @Test(arguments: ed.vectors)
    func ed25519SignaturesAreByteIdentical(_ v: SignatureVector) throws {
        let pair = try Keypair(seed: hexBytes(try #require(v.seed)), scheme: .ed25519)
        #expect(hexString(pair.publicKey) == v.public_key)
        #expect(hexString(pair.sign(hexBytes(v.message))) == v.signature)
        #expect(Keypair.verify(hexBytes(v.signature), message: hexBytes(v.message), publicKey: hexBytes(v.public_key), scheme: .ed25519))
    }

    @Test(arguments: ed.invalid)
    func ed25519TamperedSignaturesAreRejected(_ v: SignatureVector) {
        #expect(!Keypair.verify(hexBytes(v.signature), message: hexBytes(v.message), publicKey: hexBytes(v.public_key), scheme: .ed25519))
    }

    @Test func sr25519SigningIsDeterministicForFixedRandomness() throws {
        let pair = try #require({ () -> Sr25519.Keypair? in
            guard case .sr25519(let p) = try Keypair(uri: "//Alice", scheme: .sr25519).inner else { return nil }
            return p
        }())
        let message = Array("payload".utf8)
        let a = pair.sign(message, randomness: [UInt8](repeating: 1, count: 32))
        let b = pair.sign(message, randomness: [UInt8](repeating: 1, count: 32))
        let c = pair.sign(message, randomness: [UInt8](repeating: 2, count: 32))
        #expect(a == b)
        #expect(a != c)
        #expect(pair.publicKey.verify(a, message: message))
        #expect(pair.publicKey.verify(c, message: message))
        #expect(!pair.publicKey.verify(a, message: message, context: Array("other".utf8)))
    }

    @Test func malformedSignaturesAreRejectedNotThrown() throws {
        let alice = try Keypair(uri: "//Alice", scheme: .sr25519)
        for scheme in CryptoScheme.allCases {
            #expect(!Keypair.verify([], message: [], publicKey: alice.publicKey, scheme: scheme))
            #expect(!Keypair.verify([UInt8](repeating: 0, count: 63), message: [], publicKey: alice.publicKey, scheme: scheme))
            #expect(!Keypair.verify([UInt8](repeating: 0xff, count: 64), message: [], publicKey: alice.publicKey, scheme: scheme))
            #expect(!Keypair.verify(alice.sign([1]), message: [1], publicKey: [1, 2, 3], scheme: scheme))
        }
    }
}
