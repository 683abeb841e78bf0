import Hashing
import Testing
import VectorSupport
@testable import ProofOfWork

@Suite struct SealVectorTests {
    @Test(arguments: PowVectors.shared.seals)
    func sealMatchesTheSDK(_ v: PowVectors.SealCase) {
        let blockHash = hexBytes(v.block_hash)
        let hotkey = hexBytes(v.hotkey)
        let prehash = BlockAndHotkeyHash(blockHash: blockHash, hotkey: hotkey)
        #expect(hexString(prehash.bytes) == v.block_and_hotkey_hash)
        let seal = Seal(nonce: v.nonce, blockHash: blockHash, hotkey: hotkey)
        #expect(hexString(seal.bytes) == v.seal)
        #expect(seal == Seal(nonce: v.nonce, blockAndHotkeyHash: prehash))
        #expect(Seal(bytes: hexBytes(v.seal)) == seal)
        #expect(seal.description == "0x" + v.seal)
    }

    /// The specialised hashes against the general ones (libsodium SHA-256, Hashing's Keccak-256)
    /// on the vector's own pre-image.
    @Test(arguments: PowVectors.shared.seals)
    func specialisedHashesMatchTheGeneralOnes(_ v: PowVectors.SealCase) {
        let pre = hexBytes(v.pre_image)
        #expect(pre.count == 40)
        #expect(hexString(SHA2.sha256(pre)) == v.sha256)
        #expect(hexString(Keccak256.hash(SHA2.sha256(pre))) == v.seal)
        let words = (0..<10).map { i in pre[(i * 4)..<(i * 4 + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        let h = SealSHA256.digest(words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7], words[8], words[9])
        let digest = [h.a, h.b, h.c, h.d, h.e, h.f, h.g, h.h].flatMap { word in
            [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
        #expect(hexString(digest) == v.sha256)
    }

    @Test(arguments: PowVectors.shared.seals)
    func difficultyVerdictsMatchEachRule(_ v: PowVectors.SealCase) {
        let seal = Seal(bytes: hexBytes(v.seal))!
        for check in v.checks {
            for rule in DifficultyRule.allCases {
                #expect(seal.meetsDifficulty(check.difficulty, rule: rule) == check.expected(rule),
                        "difficulty \(check.difficulty), \(rule)")
                #expect(SealTarget(difficulty: check.difficulty, rule: rule).isMet(by: seal) == check.expected(rule),
                        "target for difficulty \(check.difficulty), \(rule)")
            }
        }
    }

    @Test func workedExampleFromTheReference() {
        // subtensor-chain.md §5.2: block hash 0x00..0x1f, //Alice.
        let alice = hexBytes("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d")
        let blockHash = Array(UInt8(0)..<32)
        #expect(BlockAndHotkeyHash(blockHash: blockHash, hotkey: alice).description
                == "0xa1206dd5835d76fb49730a4212d57b780369a7eb09b0695a0a20b1b1a9564cad")
        #expect(hexString(Seal(nonce: 0, blockHash: blockHash, hotkey: alice).bytes)
                == "1f81e5b8ba438ce806bbc6c52aeb671b4ae49b457cb12115c6bd50bd864a61c0")
        #expect(hexString(Seal(nonce: 1, blockHash: blockHash, hotkey: alice).bytes)
                == "c4f681b8477b7c9e42777043fc1c8c50603f0dd5e644dee1357faced7c5290fc")
    }

    /// The eight-lane kernel's top words equal the scalar seals', in both byte orders, across
    /// the 2³² carry and the 2⁶⁴ wrap.
    @Test(arguments: [0, 1, 0xffff_fffc, 0xffff_ffff_ffff_fffb, 0x0123_4567_89ab_cdef] as [UInt64])
    func vectorKernelMatchesScalar(_ first: UInt64) {
        let hasher = SealHasher(BlockAndHotkeyHash(blockHash: Array(UInt8(0)..<32), hotkey: Array(repeating: 7, count: 32)))
        let big = hasher.topWords8(from: first, bigEndian: true)
        let little = hasher.topWords8(from: first, bigEndian: false)
        for lane in 0..<8 {
            let seal = Seal(lanes: hasher.lanes(nonce: first &+ UInt64(lane)))
            #expect(big[lane] == seal.number(.chain).high)
            #expect(little[lane] == seal.number(.littleEndianChain).high)
        }
    }
}
