import Testing
import VectorSupport
@testable import Wallet

/// AES against the FIPS-197 appendix C examples and the NIST SP 800-38A mode examples.
@Suite struct AESTests {
    @Test func fips197Block128() {
        let aes = AES(key: hexBytes("000102030405060708090a0b0c0d0e0f"))!
        let ciphertext = aes.encrypt(block: hexBytes("00112233445566778899aabbccddeeff"))
        #expect(hexString(ciphertext) == "69c4e0d86a7b0430d8cdb78070b4c55a")
        #expect(hexString(aes.decrypt(block: ciphertext)) == "00112233445566778899aabbccddeeff")
    }

    @Test func fips197Block256() {
        let aes = AES(key: hexBytes("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"))!
        let ciphertext = aes.encrypt(block: hexBytes("00112233445566778899aabbccddeeff"))
        #expect(hexString(ciphertext) == "8ea2b7ca516745bfeafc49904b496089")
        #expect(hexString(aes.decrypt(block: ciphertext)) == "00112233445566778899aabbccddeeff")
    }

    @Test func sp80038aCTR256() {
        let aes = AES(key: hexBytes("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"))!
        let plain = hexBytes("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")
        let out = aes.ctr(plain, iv: hexBytes("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"))
        #expect(hexString(out) == "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5")
    }

    @Test func sp80038aCBC128Decrypt() {
        let aes = AES(key: hexBytes("2b7e151628aed2a6abf7158809cf4f3c"))!
        let out = aes.cbcDecrypt(
            hexBytes("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"),
            iv: hexBytes("000102030405060708090a0b0c0d0e0f"))
        #expect(out.map(hexString) == "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")
    }

    @Test func rejectsBadKeysAndPadding() {
        #expect(AES(key: [UInt8](repeating: 0, count: 24)) == nil)
        #expect(AES.pkcs7Unpad([1, 2, 3, 0]) == nil)
        #expect(AES.pkcs7Unpad([1, 2, 2, 3]) == nil)
        #expect(AES.pkcs7Unpad([9, 9, 2, 2]) == [9, 9])
    }

    @Test func pbkdf2SHA256MatchesRFC7914() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64).
        let out = HMACSHA256.pbkdf2(password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1, length: 64)
        #expect(hexString(out) == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }
}
