import Testing
import Primitives
@testable import Yuma

/// The fast paths of the math helpers against their plain definitions.
@Suite struct MathHelperTests {
    @Test func fixedDivisorGivesExactlyTheQuotientOfDivision() {
        var random = RandomSubnet(seed: 77)
        var divisors: [I32F32] = [.one, .delta, I32F32(bits: 2), I32F32(2), I32F32(65535), I32F32(-3), I32F32(bits: -1),
                                  I32F32(bits: (1 << 32) - 1), I32F32(bits: (1 << 32) + 1), .max, .min]
        for _ in 0..<300 {
            let shift = Int64(random.below(63))
            let bits = Int64(bitPattern: random.next()) >> shift
            if bits != 0 { divisors.append(I32F32(bits: bits)) }
            divisors.append(I32F32(Int64(random.below(1 << 20) + 1)))  // integral sums of u16 values
        }
        var mismatches: [String] = []
        for divisor in divisors {
            let fast = FixedDivisor(divisor)
            var values: [I32F32] = [.zero, .one, .delta, .max, .min, I32F32(bits: (1 << 32) - 1), I32F32(65535), I32F32(-1)]
            for _ in 0..<60 { values.append(I32F32(bits: Int64(bitPattern: random.next()) >> Int64(random.below(64)))) }
            for value in values where fast.divide(value) != value / divisor {
                mismatches.append("\(value.bits) / \(divisor.bits)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test(arguments: 1...10)
    func weightedMedianIsTheStakeWeightedQuantile(seed: Int) {
        // With positive stakes the quick-select returns the v with
        // Σ stake(score < v) ≤ minority < Σ stake(score ≤ v) (min below, max above the range).
        var random = RandomSubnet(seed: UInt64(500 + seed))
        for _ in 0..<50 {
            let m = 1 + random.below(30)
            var stake = (0..<m).map { _ in I32F32(bits: Int64(random.below(1 << 20) + 1)) }
            YumaMath.inplaceNormalize(&stake)
            let levels = 1 + random.below(6)
            let score = (0..<m).map { _ in I32F32(bits: Int64(random.below(levels)) << 29) }
            let total = YumaMath.sum(stake)
            let minority = total - YumaMath.u16ProportionToFixed(UInt16(truncatingIfNeeded: random.next()))
            let median = YumaMath.weightedMedian(stake: stake, score: score, partition: Array(0..<m), minority: minority,
                                                 partitionLo: .zero, partitionHi: total)
            let sorted = Set(score).sorted()
            let expected: I32F32
            if minority < .zero {
                expected = sorted.first!
            } else if minority >= total {
                expected = sorted.last!
            } else {
                expected = sorted.first { v in
                    let below = YumaMath.sum(zip(stake, score).filter { $0.1 < v }.map(\.0))
                    let upTo = YumaMath.sum(zip(stake, score).filter { $0.1 <= v }.map(\.0))
                    return below <= minority && minority < upTo
                }!
            }
            #expect(median == expected)
            // The sparse and dense column versions agree with it, column by column.
            let sparse: SparseMatrix = (0..<m).map { [SparseEntry(0, score[$0])] }
            let dense = DenseMatrix((0..<m).map { [score[$0]] })
            let majority = total - minority
            #expect(YumaMath.weightedMedianColSparse(stake, sparse, columns: 1, majority: majority)
                == YumaMath.weightedMedianCol(stake, dense, majority: majority))
        }
    }

    @Test func isTopKBreaksTiesAgainstTheLowerUid() {
        let values = [I32F32(1), I32F32(2), I32F32(2), I32F32(3)]
        #expect(YumaMath.isTopK(values, k: 2) == [false, false, true, true])
        #expect(YumaMath.isTopK(values, k: 0) == [false, false, false, false])
        #expect(YumaMath.isTopK(values, k: 4) == [true, true, true, true])
        #expect(YumaMath.isTopK(values, k: 9) == [true, true, true, true])
    }

    @Test func storedU16ValuesFloorWhilePruningScoresRound() {
        #expect(YumaMath.fixedProportionToU16(.one) == 65535)
        #expect(YumaMath.fixedProportionToU16(I32F32(bits: (1 << 32) - 1)) == 65534)
        #expect(YumaMath.fixedProportionToU16(I32F32(bits: 1 << 31)) == 32767)
        // 0.2 / 0.4 · 65535 = 32767.5 rounds up; set_weights' [43690, 21845] stores [65535, 32768].
        #expect(YumaMath.vecU16MaxUpscaleToU16([43690, 21845]) == [65535, 32768])
        #expect(YumaMath.vecMaxUpscaleToU16([]) == [])
    }
}
