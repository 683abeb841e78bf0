import Hashing
import Testing
@testable import Synapse

@Suite struct BodyHashTests {
    @Test func sha3OfEmptyAndSeven() {
        #expect(SHA3_256.hexDigest("") == BodyHash.empty)
        #expect(SHA3_256.hexDigest("7") == "8f9b51ce624f01b0a40c9f68ba8bb0a2c06aa7f95d1ed27d6b1b5e1e99ee5e4d")
        // The reference's example: one hash field holding 7.
        #expect(SHA3_256.hexDigest(SHA3_256.hexDigest("7")) == "2792065dc8ce849c2fd6bac2c0189934746b514c4a2b273d8381b60a0dc253fb")
    }

    @Test func sha3AcrossTheRateBoundary() {
        // 135, 136 and 137 bytes straddle one 136-byte block; compare against multi-block input.
        let digests = [135, 136, 137, 300].map { SHA3_256.hexDigest(String(repeating: "a", count: $0)) }
        #expect(Set(digests).count == 4)
        #expect(digests[1] == "3fc5559f14db8e453a0a3091edbd2bc25e11528d81c66fa570a4efdcc2695ee1")
    }

    @Test func bodyHashesMatchPython() {
        // Computed with hashlib: sha3(sha3(str([1, 2, 3])) + sha3(str(16))).
        #expect(TextCausalLMNext(textInputs: [1, 2, 3], topk: 16).bodyHash
            == "1a173b8ddf4a089892559512abbc7409cd3621ba1ac54286712d0dbc7ee4ecbd")
        #expect(TextPrompting(roles: ["user", "system"], messages: ["hi", "it's"]).bodyHash
            == "ceb045183f25903e9430d2acfd0e0c7b556b3b1f9405cde51d6d76a7f900ed41")
        #expect(BaseSynapse().bodyHash == BodyHash.empty)
    }

    @Test(arguments: [
        (PythonValue.float(0.1), "0.1"), (.float(1.0), "1.0"), (.float(1e16), "1e+16"), (.float(1e15), "1000000000000000.0"),
        (.float(0.0001), "0.0001"), (.float(0.00001), "1e-05"), (.float(1.5e-7), "1.5e-07"), (.float(123456.789), "123456.789"),
        (.float(0.1 + 0.2), "0.30000000000000004"), (.float(-2.5), "-2.5"), (.float(12.0), "12.0"), (.float(.infinity), "inf"),
        (.list([.int(1), .int(2)]), "[1, 2]"), (.list([.string("a"), .string("it's")]), "['a', \"it's\"]"),
        (.list([.string("a\nb\\")]), "['a\\nb\\\\']"), (.list([.string("é\u{1}")]), "['é\\x01']"), (.string("plain"), "plain"),
        (.list([]), "[]"), (.bool(true), "True"), (.none, "None"),
    ])
    func pythonStr(value: PythonValue, expected: String) {
        #expect(value.str == expected)
    }
}
