import Testing
import VectorSupport
@testable import Keys

struct MnemonicVector: Decodable, CustomTestStringConvertible {
    let mnemonic: String
    let password: String
    let path: String
    let scheme: String
    let suri: String
    let entropy: String
    let mini_secret: String
    let public_key: String
    let ss58_address: String
    var testDescription: String { "\(scheme) \(mnemonic.split(separator: " ").count) words path '\(path)' password \(!password.isEmpty)" }
}

struct DevURIVector: Decodable, CustomTestStringConvertible {
    let uri: String
    let scheme: String
    let public_key: String
    let ss58_address: String
    var testDescription: String { "\(scheme) \(uri)" }
}

private struct VectorList<T: Decodable>: Decodable { let vectors: [T] }

@Suite struct KeyVectorTests {
    static let mnemonics: [MnemonicVector] = try! GoldenVectors.load("keys_mnemonic.json", as: VectorList<MnemonicVector>.self).vectors
    static let devURIs: [DevURIVector] = try! GoldenVectors.load("keys_dev_uris.json", as: VectorList<DevURIVector>.self).vectors

    @Test(arguments: mnemonics)
    func mnemonicGivesTheSameKeyAsSubstrateInterface(_ v: MnemonicVector) throws {
        let mnemonic = try Mnemonic(phrase: v.mnemonic)
        #expect(hexString(mnemonic.entropy) == v.entropy)
        #expect(hexString(mnemonic.miniSecret(password: v.password)) == v.mini_secret)
        let scheme = try #require(CryptoScheme(rawValue: v.scheme))
        let pair = try Keypair(uri: v.suri, scheme: scheme)
        #expect(hexString(pair.publicKey) == v.public_key)
        #expect(try pair.ss58Address() == v.ss58_address)
    }

    @Test(arguments: devURIs)
    func developmentURIsGiveTheWellKnownKeys(_ v: DevURIVector) throws {
        let scheme = try #require(CryptoScheme(rawValue: v.scheme))
        let pair = try Keypair(uri: v.uri, scheme: scheme)
        #expect(hexString(pair.publicKey) == v.public_key)
        #expect(try pair.ss58Address() == v.ss58_address)
    }

    @Test func entropyRoundTripsThroughWords() throws {
        for v in Self.mnemonics {
            #expect(try Mnemonic(entropy: hexBytes(v.entropy)).phrase == v.mnemonic)
        }
    }
}
