import Testing
import VectorSupport
@testable import Hashing

struct HashingVectors: Decodable {
    struct Digest: Decodable {
        let input: String
        let blake2b_128: String
        let blake2b_256: String
        let blake2b_512: String
        let twox64: String
        let twox128: String
        let twox256: String
        let keccak256: String
        let sha256: String
        let sha512: String
    }
    struct MAC: Decodable { let key: String; let message: String; let mac: String }
    struct PBKDF2Case: Decodable {
        let password: String
        let salt: String
        let iterations: Int
        let dklen: Int
        let derived: String
    }
    struct XX: Decodable { let input: String; let seed: UInt64; let digest_u64: String }
    let digests: [Digest]
    let hmac_sha512: [MAC]
    let pbkdf2_sha512: [PBKDF2Case]
    let xxhash64: [XX]

    static let shared: HashingVectors = try! GoldenVectors.load("hashing.json")
}

@Suite struct HashVectorTests {
    static let digests = HashingVectors.shared.digests

    @Test(arguments: digests)
    func digestsMatchTheReferenceLibraries(_ v: HashingVectors.Digest) {
        let input = hexBytes(v.input)
        #expect(hexString(Blake2b.hash128(input)) == v.blake2b_128)
        #expect(hexString(Blake2b.hash256(input)) == v.blake2b_256)
        #expect(hexString(Blake2b.hash512(input)) == v.blake2b_512)
        #expect(hexString(Twox.hash64(input)) == v.twox64)
        #expect(hexString(Twox.hash128(input)) == v.twox128)
        #expect(hexString(Twox.hash256(input)) == v.twox256)
        #expect(hexString(Keccak256.hash(input)) == v.keccak256)
        #expect(hexString(SHA2.sha256(input)) == v.sha256)
        #expect(hexString(SHA2.sha512(input)) == v.sha512)
    }

    @Test(arguments: HashingVectors.shared.hmac_sha512)
    func hmacSHA512MatchesPython(_ v: HashingVectors.MAC) {
        #expect(hexString(HMACSHA512.authenticate(hexBytes(v.message), key: hexBytes(v.key))) == v.mac)
    }

    @Test(arguments: HashingVectors.shared.pbkdf2_sha512)
    func pbkdf2MatchesPython(_ v: HashingVectors.PBKDF2Case) {
        let derived = PBKDF2.sha512(
            password: hexBytes(v.password), salt: hexBytes(v.salt), iterations: v.iterations, length: v.dklen)
        #expect(hexString(derived) == v.derived)
    }

    @Test func xxHash64MatchesPythonForEverySeedAndLength() {
        for v in HashingVectors.shared.xxhash64 {
            #expect(String(XXHash64.hash(hexBytes(v.input), seed: v.seed)) == v.digest_u64, "input \(v.input) seed \(v.seed)")
        }
    }

    @Test func hashesOfSlicesEqualHashesOfArrays() {
        let data: [UInt8] = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let slice = data[5..<250]
        #expect(Keccak256.hash(slice) == Keccak256.hash(Array(slice)))
        #expect(Twox.hash128(slice) == Twox.hash128(Array(slice)))
        #expect(Blake2b.hash256(slice) == Blake2b.hash256(Array(slice)))
    }

    @Test func keccakIsNotSHA3() {
        // keccak256("") is the well-known Ethereum empty hash, not SHA3-256("") = a7ffc6f8…
        #expect(hexString(Keccak256.hash([UInt8]())) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    @Test func sha3Of256BitsUsesTheFIPSPadding() {
        #expect(hexString(SHA3_256.hash([UInt8]())) == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
        #expect(hexString(SHA3_256.hash(Array("abc".utf8))) == "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532")
    }

    @Test func keccakAbsorbsAcrossRateBoundaries() {
        // Inputs straddling the 136-byte rate must differ from each other and be stable.
        var seen = Set<[UInt8]>()
        for n in 130...280 { seen.insert(Keccak256.hash([UInt8](repeating: 0x61, count: n))) }
        #expect(seen.count == 151)
    }
}
