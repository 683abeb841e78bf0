import Testing
import VectorSupport
@testable import Keys

@Suite struct MerlinTranscriptTests {
    @Test func reproducesTheMerlinReferenceVector() {
        var t = MerlinTranscript(label: "test protocol")
        t.appendMessage("some label", Array("some data".utf8))
        let challenge = t.challengeBytes("challenge", count: 32)
        #expect(hexString(challenge) == "d5a21972d0d5fe320c0d263fac7fffb8145aa640af6e9bca177c03c7efcf0615")
    }

    @Test func witnessBytesDoNotChangeTheTranscript() {
        var a = MerlinTranscript(label: "x")
        var b = MerlinTranscript(label: "x")
        _ = a.witnessBytes("w", witnesses: [[1, 2, 3]], randomness: [UInt8](repeating: 7, count: 32), count: 64)
        #expect(a.challengeBytes("c", count: 16) == b.challengeBytes("c", count: 16))
    }

    @Test func witnessBytesDependOnRandomnessAndWitness() {
        let t = MerlinTranscript(label: "x")
        let zero = [UInt8](repeating: 0, count: 32)
        let one = [UInt8](repeating: 1, count: 32)
        #expect(t.witnessBytes("w", witnesses: [[1]], randomness: zero, count: 32)
            != t.witnessBytes("w", witnesses: [[1]], randomness: one, count: 32))
        #expect(t.witnessBytes("w", witnesses: [[1]], randomness: zero, count: 32)
            != t.witnessBytes("w", witnesses: [[2]], randomness: zero, count: 32))
    }
}
