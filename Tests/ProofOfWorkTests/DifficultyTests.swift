import Testing
import VectorSupport
@testable import ProofOfWork

@Suite struct DifficultyTests {
    /// Crafted values at each rule's exact limit: `⌊(2²⁵⁶ − 1) / d⌋` and one above for the chain,
    /// `⌊(2²⁵⁶ − 2) / d⌋` and one above for the SDK, written big- and little-endian.
    @Test(arguments: PowVectors.shared.boundaries)
    func boundaryVerdicts(_ v: PowVectors.Boundary) {
        let seal = Seal(bytes: hexBytes(v.seal))!
        for rule in DifficultyRule.allCases {
            #expect(seal.meetsDifficulty(v.difficulty, rule: rule) == v.verdicts.expected(rule), "\(rule)")
            #expect(SealTarget(difficulty: v.difficulty, rule: rule).isMet(by: seal) == v.verdicts.expected(rule), "target, \(rule)")
        }
    }

    @Test func chainAndSDKDifferOnlyWhereTheProductIsExactlyTheLimit() {
        // 2²⁵⁶ − 1 = 3 × 0x5555…55: the chain accepts (no overflow), the SDK does not (not < limit).
        let third = Seal(bytes: [UInt8](repeating: 0x55, count: 32))!
        #expect(third.meetsDifficulty(3, rule: .chain))
        #expect(!third.meetsDifficulty(3, rule: .sdk))
        #expect(third.meetsDifficulty(3, rule: .littleEndianChain))
        #expect(!third.meetsDifficulty(4))
    }

    @Test func zeroDifficultyAcceptsEverySeal() {
        let ones = Seal(bytes: [UInt8](repeating: 0xff, count: 32))!
        for rule in DifficultyRule.allCases {
            #expect(ones.meetsDifficulty(0, rule: rule))
            #expect(SealTarget(difficulty: 0, rule: rule).isMet(by: ones))
        }
        #expect(ones.meetsDifficulty(1, rule: .chain))
        #expect(!ones.meetsDifficulty(1, rule: .sdk))
    }

    @Test func byteOrderDecidesWhichEndCounts() {
        var bytes = [UInt8](repeating: 0, count: 32)
        bytes[31] = 0xff  // tiny big-endian, huge little-endian
        let seal = Seal(bytes: bytes)!
        #expect(seal.meetsDifficulty(.max, rule: .chain))
        #expect(!seal.meetsDifficulty(2, rule: .littleEndianChain))
    }

    @Test func wideArithmetic() {
        let max = UInt256.max
        #expect(max.multipliedReportingOverflow(by: 1) == (max, false))
        #expect(max.multipliedReportingOverflow(by: 2).overflow)
        #expect(UInt256.maxMinus(0, dividedBy: 1) == max)
        let third = UInt256.maxMinus(0, dividedBy: 3)
        #expect(third == UInt256(high: 0x5555_5555_5555_5555, upper: 0x5555_5555_5555_5555, lower: 0x5555_5555_5555_5555, low: 0x5555_5555_5555_5555))
        #expect(third.multipliedReportingOverflow(by: 3) == (max, false))
        let carry = UInt256(high: 0, upper: 0, lower: 1, low: .max).multipliedReportingOverflow(by: .max)
        // (2⁶⁴ + 2⁶⁴ − 1)(2⁶⁴ − 1) = 2¹²⁹ − 2⁶⁵ − 2⁶⁴ + ... computed word by word below.
        #expect(carry.overflow == false)
        #expect(carry.partialValue == UInt256(high: 0, upper: 1, lower: 0xffff_ffff_ffff_fffd, low: 1))
        let top = UInt256(high: 1, upper: 0, lower: 0, low: 0)
        #expect(top.multipliedReportingOverflow(by: 1 << 63) == (UInt256(high: 1 << 63, upper: 0, lower: 0, low: 0), false))
        #expect(top.multipliedReportingOverflow(by: .max).overflow == false)  // 2²⁵⁶ − 2¹⁹² fits
        #expect(UInt256(high: 2, upper: 0, lower: 0, low: 0).multipliedReportingOverflow(by: .max).overflow)
    }

    @Test func verifyChecksInTheChainsOrder() {
        let blockHash = [UInt8](repeating: 1, count: 32)
        let hotkey = [UInt8](repeating: 2, count: 32)
        let seal = Seal(nonce: 42, blockHash: blockHash, hotkey: hotkey)
        #expect(Seal.verify(work: seal.bytes, nonce: 42, blockHash: blockHash, hotkey: hotkey, difficulty: 0) == .valid)
        #expect(Seal.verify(work: seal.bytes, nonce: 43, blockHash: blockHash, hotkey: hotkey, difficulty: 0) == .invalidSeal)
        #expect(Seal.verify(work: Array(seal.bytes.dropLast()), nonce: 42, blockHash: blockHash, hotkey: hotkey, difficulty: 0)
                == .invalidWorkLength)
        // A zero work meets any difficulty but is not the seal: InvalidSeal, after the difficulty check.
        #expect(Seal.verify(work: [UInt8](repeating: 0, count: 32), nonce: 42, blockHash: blockHash, hotkey: hotkey, difficulty: .max)
                == .invalidSeal)
        // Work that fails the difficulty is InvalidDifficulty even when it is the right seal.
        #expect(Seal.verify(work: seal.bytes, nonce: 42, blockHash: blockHash, hotkey: hotkey, difficulty: .max) == .invalidDifficulty)
    }
}
