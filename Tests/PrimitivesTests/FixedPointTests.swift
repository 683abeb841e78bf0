import Testing
import Primitives

/// substrate-fixed's semantics: floor on multiply and narrowing, truncation on divide, ties away
/// from zero on round, wrapping (release) on overflow with checked/saturating variants.
@Suite struct FixedPointTests {
    /// A seeded generator so every run checks the same values.
    struct Random {
        var generator: SplitMix64
        init(state: UInt64) { generator = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { generator.next() }

        /// Mixed magnitudes: small, around one, large, extreme.
        mutating func bits64() -> Int64 {
            let raw = Int64(bitPattern: next())
            switch next() % 5 {
            case 0: return raw >> 40
            case 1: return raw >> 30
            case 2: return raw >> 20
            case 3: return raw >> 1
            default: return raw
            }
        }
    }

    static let edgeBits: [Int64] = [0, 1, -1, 2, -2, 1 << 31, 1 << 32, -(1 << 32), (1 << 32) - 1, 3 << 31,
                                    -(3 << 31), .max, .min, .max - 1, .min + 1, 1 << 62, -(1 << 62)]

    @Test func multiplicationFloorsTowardNegativeInfinity() {
        #expect((I32F32(bits: 1) * I32F32(bits: 1)).bits == 0)
        #expect((I32F32(bits: -1) * I32F32(bits: 1)).bits == -1)
        #expect((I32F32(bits: 3) * I32F32(bits: 1 << 31)).bits == 1)  // 1.5 ulp → 1
        #expect((I32F32(bits: -3) * I32F32(bits: 1 << 31)).bits == -2)  // −1.5 ulp → −2
        #expect(I32F32(3) * I32F32(-2) == I32F32(-6))
    }

    @Test func divisionTruncatesTowardZero() {
        #expect((I32F32(1) / I32F32(3)).bits == 1_431_655_765)
        #expect((I32F32(-1) / I32F32(3)).bits == -1_431_655_765)
        #expect((I32F32(1) / I32F32(-3)).bits == -1_431_655_765)
        #expect((I32F32(32767) / I32F32(65535)).bits == 2_147_450_879)  // kappa 32767
        #expect(I32F32(65535) / I32F32(65535) == .one)
    }

    @Test func concreteI32F32OperatorsAgreeWithExactIntegerArithmetic() {
        var random = Random(state: 1)
        var pairs: [(Int64, Int64)] = []
        for a in Self.edgeBits { for b in Self.edgeBits { pairs.append((a, b)) } }
        for _ in 0..<20_000 { pairs.append((random.bits64(), random.bits64())) }
        // Mismatches are collected and checked once: an `#expect` per pair is slow in debug builds.
        var mismatches: [String] = []
        for (a, b) in pairs {
            let x = I32F32(bits: a), y = I32F32(bits: b)
            let product = Int128(a) * Int128(b)
            let generic = x.multipliedReportingOverflow(by: y)
            if (x * y).bits != Int64(truncatingIfNeeded: product >> 32) || generic.partialValue != x * y
                || generic.overflow != (Int64(exactly: product >> 32) == nil) {
                mismatches.append("\(a) * \(b)")
            }
            if (x + y).bits != a &+ b || (x - y).bits != a &- b { mismatches.append("\(a) ± \(b)") }
            guard b != 0 else { continue }
            let quotient = (Int128(a) << 32) / Int128(b)  // Int128 division truncates toward zero
            let genericQuotient = x.dividedReportingOverflow(by: y)
            if (x / y).bits != Int64(truncatingIfNeeded: quotient) || genericQuotient.partialValue != x / y
                || genericQuotient.overflow != (Int64(exactly: quotient) == nil) {
                mismatches.append("\(a) / \(b)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func wideTypesMultiplyAndDivideLikeI32F32OnTheSameValues() {
        var random = Random(state: 2)
        var mismatches: [String] = []
        for _ in 0..<5000 {
            let a = I32F32(bits: random.bits64() >> 16), b = I32F32(bits: random.bits64() >> 16)
            if I96F32(a) * I96F32(b) != I96F32(a * b) || I110F18(I96F32(a) * I96F32(b)) != I110F18(a * b) {
                mismatches.append("\(a.bits) * \(b.bits)")
            }
            if b != .zero, !a.dividedReportingOverflow(by: b).overflow, I96F32(a) / I96F32(b) != I96F32(a / b) {
                mismatches.append("\(a.bits) / \(b.bits)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func i64f64DivisionOfIntegersIsTheTruncatedRatio() {
        // Stake normalisation: I64F64(s) / I64F64(total) = floor(s · 2^64 / total).
        var random = Random(state: 3)
        var mismatches: [UInt64] = []
        for _ in 0..<5000 {
            let total = random.next() >> (1 + random.next() % 60) | 1
            let stake = random.next() % (total + 1)
            let expected = (Int128(stake) << 64) / Int128(total)
            if (I64F64(stake) / I64F64(total)).bits != expected || (U64F64(stake) / U64F64(total)).bits != UInt128(expected)
                || I32F32(I64F64(stake) / I64F64(total)).bits != Int64(expected >> 32) {
                mismatches.append(stake)
            }
        }
        #expect(mismatches.isEmpty)
        #expect((I64F64(1) / I64F64(21_000_000_000_000_000)).bits == 878)  // 2^64 / 2.1e16
    }

    @Test func wideDivisionBracketsTheExactQuotient() {
        // For any operands: |q|·|d| ≤ |n|·2^64 < (|q| + 1)·|d| when nothing overflows.
        var random = Random(state: 4)
        var failures = 0
        for _ in 0..<3000 {
            let n = Int128(bitPattern: UInt128(random.next()) << 64 | UInt128(random.next())) >> Int(random.next() % 100)
            let d = Int128(bitPattern: UInt128(random.next()) << 64 | UInt128(random.next())) >> Int(random.next() % 120)
            guard d != 0 else { continue }
            let (q, overflow) = I64F64(bits: n).dividedReportingOverflow(by: I64F64(bits: d))
            guard !overflow else { continue }
            let signOK = q.bits == 0 || (q.bits < 0) == ((n < 0) != (d < 0))
            let numerator = (high: n.magnitude >> 64, low: n.magnitude << 64)
            let below = q.bits.magnitude.multipliedFullWidth(by: d.magnitude)
            let above = (q.bits.magnitude + 1).multipliedFullWidth(by: d.magnitude)
            let belowOK = below.high < numerator.high || (below.high == numerator.high && below.low <= numerator.low)
            let aboveOK = above.high > numerator.high || (above.high == numerator.high && above.low > numerator.low)
            if !(signOK && belowOK && aboveOK) { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test func overflowWrapsAndIsReported() {
        let (wrapped, overflow) = I32F32.max.multipliedReportingOverflow(by: I32F32(2))
        #expect(overflow && wrapped.bits == -2)
        #expect(I32F32.min.dividedReportingOverflow(by: I32F32(-1)) == (.min, true))
        #expect(I32F32.max + .delta == .min)
        #expect(I32F32.max.checkedAdd(.delta) == nil)
        #expect(I32F32.max.checkedMul(I32F32(2)) == nil)
        #expect(I32F32.one.checkedDiv(.zero) == nil)
        #expect(U64F64.zero - U64F64.delta == .max)
        // I96F32::from_num(I32F32::MAX) * I96F32::from_num(u64::MAX) fits (test_math_fixed_overflow).
        #expect(I96F32(I32F32.max).checkedMul(I96F32(UInt64.max)) != nil)
        #expect(I96F32(I32F32.max + .delta).checkedMul(I96F32(UInt64.max)) != nil)
    }

    @Test func saturatingOperationsClampOnTheSideOfTheExactResult() {
        #expect(I32F32.max.saturatingAdd(.delta) == .max)
        #expect(I32F32.min.saturatingAdd(-I32F32.delta) == .min)
        #expect(I32F32.min.saturatingSub(.delta) == .min)
        #expect(I32F32.max.saturatingSub(-I32F32.delta) == .max)
        #expect(I32F32.max.saturatingMul(I32F32(-2)) == .min)
        #expect(I32F32.min.saturatingMul(I32F32(-2)) == .max)
        #expect(I32F32.max.saturatingDiv(I32F32(bits: 1)) == .max)
        #expect(U64F64.zero.saturatingSub(.one) == .zero)
        #expect(I96F32(5).saturatingSub(I96F32(7)) == I96F32(-2))
    }

    @Test func integerConversionShiftsAndChecksRange() {
        #expect(I32F32(5).bits == 5 << 32)
        #expect(I32F32(-5).bits == -5 << 32)
        #expect(I32F32(UInt16.max).bits == 65535 << 32)
        #expect(I32F32(checked: Int64(1) << 31) == nil)
        #expect(I32F32(checked: -(Int64(1) << 31)) == I32F32(bits: .min))
        #expect(I32F32(UInt32.max).bits == -(1 << 32))  // from_num(u32::MAX) wraps in a release build
        #expect(I64F64(checked: UInt64.max) == nil)
        #expect(U64F64(checked: UInt64.max)?.bits == UInt128(UInt64.max) << 64)
        #expect(U64F64(checked: -1) == nil)
        #expect(I110F18(checked: Int128(1) << 109) == nil)
    }

    @Test func narrowingConversionsFloor() {
        #expect(I32F32(I64F64(bits: 1)).bits == 0)
        #expect(I32F32(I64F64(bits: -1)).bits == -1)  // −2^-64 floors to −2^-32
        #expect(I32F32(I64F64(bits: (1 << 32) + 1)).bits == 1)
        #expect(I32F32(checked: I64F64(Int64(1) << 31)) == nil)
        #expect(I32F32(checked: I64F64((Int64(1) << 31) - 1)) == I32F32((Int64(1) << 31) - 1))
        #expect(I32F32(saturating: I64F64(Int64.max)) == .max)
        #expect(I32F32(saturating: I64F64(Int64.min)) == .min)
        #expect(I64F64(I32F32(bits: -3)).bits == -3 << 32)
        #expect(I110F18(I32F32(bits: (1 << 14) + (1 << 13))).bits == 1)  // 1.5 · 2^-18 → 2^-18
        #expect(U64F64(I32F32(-1)).bits == UInt128.max << 64)  // wraps, as a release build
        #expect(U64F64(checked: I32F32(-1)) == nil)
        #expect(U64F64(saturating: I32F32(-1)) == .zero)
    }

    @Test func toNumFloorsAndChecksRange() {
        #expect(I32F32(bits: (5 << 32) + (1 << 31)).toNum(Int64.self) == 5)
        #expect(I32F32(bits: -(5 << 32) - (1 << 31)).toNum(Int64.self) == -6)
        #expect(I32F32(bits: -1).toNum(Int64.self) == -1)
        #expect(I32F32.max.toNum(UInt64.self) == 2_147_483_647)
        #expect(I32F32(65535).checkedToNum(UInt16.self) == 65535)
        #expect(I32F32(65536).checkedToNum(UInt16.self) == nil)
        #expect(I32F32(65536).toNum(UInt16.self) == 0)  // wraps
        #expect(I32F32(-1).checkedToNum(UInt64.self) == nil)
        #expect(I32F32(-1).toNum(UInt64.self) == .max)
        #expect(I32F32(-1).saturatingToNum(UInt64.self) == 0)
        #expect(I96F32(UInt64.max).toNum(UInt64.self) == .max)
        #expect((I96F32(I32F32(bits: 2_147_483_648)) * I96F32(1_000_000_001)).toNum(UInt64.self) == 500_000_000)
    }

    @Test func roundingGoesHalfAwayFromZero() {
        func fx(_ halves: Int64) -> I32F32 { I32F32(bits: halves << 31) }  // halves / 2
        #expect(fx(5).rounded() == I32F32(3))  // 2.5 → 3
        #expect(fx(-5).rounded() == I32F32(-3))  // −2.5 → −3
        #expect(fx(3).rounded() == I32F32(2))  // 1.5 → 2
        #expect(fx(1).rounded() == I32F32(1))  // 0.5 → 1
        #expect(fx(-1).rounded() == I32F32(-1))  // −0.5 → −1
        #expect(I32F32(bits: (2 << 32) + (1 << 31) - 1).rounded() == I32F32(2))
        #expect(I32F32(bits: -(2 << 32) - (1 << 31) + 1).rounded() == I32F32(-2))
        #expect(I32F32(bits: -(2 << 32) - (1 << 31) - 1).rounded() == I32F32(-3))
        #expect(U64F64(bits: 1 << 63).rounded() == .one)
        #expect(I32F32.max.roundedReportingOverflow().overflow)
        #expect(I32F32(bits: -(2 << 32) - 1).floored() == I32F32(-3))
    }

    @Test func descriptionIsTheExactDecimalValue() {
        #expect(I32F32(bits: 1 << 31).description == "0.5")
        #expect(I32F32(bits: -(5 << 30)).description == "-1.25")
        #expect(I32F32.zero.description == "0")
        #expect(I32F32(7).description == "7")
        #expect(I32F32(bits: 429_496_730).description == "0.1000000000931322574615478515625")
        #expect(I32F32.min.description == "-2147483648")
        #expect(I64F64(bits: 1).description == "0.0000000000000000000542101086242752217003726400434970855712890625")
        #expect(U64F64.max.description.hasPrefix("18446744073709551615.99999999999999999994"))
        #expect(I110F18(bits: -1).description == "-0.000003814697265625")
    }

    @Test func algebraicLawsHoldUnderWrapping() {
        var random = Random(state: 5)
        var failures: [String] = []
        for _ in 0..<5000 {
            let a = I32F32(bits: random.bits64()), b = I32F32(bits: random.bits64()), c = I32F32(bits: random.bits64())
            if a + b != b + a || (a + b) + c != a + (b + c) || (a + b) - b != a { failures.append("add \(a.bits) \(b.bits)") }
            if a * b != b * a || a * .one != a || a / .one != a { failures.append("mul \(a.bits) \(b.bits)") }
            if (a < b) != (a.bits < b.bits) { failures.append("order \(a.bits) \(b.bits)") }
            // Truncating division then multiplication never overshoots a non-negative dividend.
            let small = I32F32(bits: (a.bits >> 33).magnitude == 0 ? 0 : Int64((a.bits >> 33).magnitude))
            let positive = I32F32(bits: max(1, Int64((b.bits >> 33).magnitude)))
            if (small / positive) * positive > small { failures.append("div \(small.bits) \(positive.bits)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
