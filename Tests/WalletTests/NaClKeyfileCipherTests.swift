import Testing
import VectorSupport
@testable import Wallet

/// NaCl keyfiles: the reference known answer, authentication, truncation. Each case costs an
/// Argon2i derivation (512 MiB), so there are few.
@Suite(.serialized) struct NaClKeyfileCipherTests {
    @Test func knownAnswerEncryptsToTheReferenceBytes() throws {
        let expected = WalletFixtures.bytes("coldkeypub_nacl_known_answer")
        let plain = Array(#"{"ss58Address": "5ES3WoxqEoWuSghubujD3wvH1koDQ5Lk7BarXiGTeVNPEByF"}"#.utf8)
        let clock = ContinuousClock()
        var produced: [UInt8] = []
        let elapsed = clock.measure {
            produced = NaClKeyfileCipher.encrypt(plain, password: Password("bittensor"), nonce: Array(0..<24))
        }
        print("NaCl encrypt (Argon2i opslimit 8, 512 MiB): \(elapsed)")
        #expect(produced == expected)
        #expect(NaClKeyfileCipher.deriveKey(password: Password("bittensor")).copyBytes()
                == hexBytes("6c2496171259d0d19a5d0327b0c47d205c7393487a78cb2d56d0d13b79798df2"))
    }

    @Test func wrongPasswordAndTamperingFail() {
        let data = WalletFixtures.bytes("coldkey_nacl")
        #expect(throws: KeyfileCipherError.wrongPassword) { try NaClKeyfileCipher.decrypt(data, password: Password("wrong password")) }
    }

    @Test func truncatedFileIsMalformedWithoutDerivingAKey() {
        let data = WalletFixtures.bytes("coldkey_nacl")
        #expect(throws: KeyfileCipherError.malformed("the NaCl data is truncated (30 bytes)")) {
            try NaClKeyfileCipher.decrypt(Array(data.prefix(30)), password: Password("x"))
        }
    }
}
