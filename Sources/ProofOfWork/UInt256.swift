/// The little 256-bit arithmetic the difficulty check needs: compare, multiply by a `u64` with
/// overflow, and divide `2²⁵⁶ − 1 − k` by a `u64`.
struct UInt256: Hashable, Comparable, Sendable {
    /// Most significant word first.
    var high: UInt64, upper: UInt64, lower: UInt64, low: UInt64

    static let max = UInt256(high: .max, upper: .max, lower: .max, low: .max)

    static func < (a: UInt256, b: UInt256) -> Bool {
        (a.high, a.upper, a.lower, a.low) < (b.high, b.upper, b.lower, b.low)
    }

    /// `self × factor` modulo 2²⁵⁶, and whether the exact product needed more than 256 bits.
    func multipliedReportingOverflow(by factor: UInt64) -> (partialValue: UInt256, overflow: Bool) {
        let p3 = low.multipliedFullWidth(by: factor)
        let p2 = lower.multipliedFullWidth(by: factor)
        let p1 = upper.multipliedFullWidth(by: factor)
        let p0 = high.multipliedFullWidth(by: factor)
        let (w2, c2) = p2.low.addingReportingOverflow(p3.high)
        let (w1, c1) = p1.low.addingReportingOverflow(p2.high &+ (c2 ? 1 : 0))
        let (w0, c0) = p0.low.addingReportingOverflow(p1.high &+ (c1 ? 1 : 0))
        // p2.high + carry cannot wrap: the high word of a 64×64 product is at most 2⁶⁴ − 2.
        let overflow = p0.high != 0 || c0
        return (UInt256(high: w0, upper: w1, lower: w2, low: p3.low), overflow)
    }

    /// `⌊(2²⁵⁶ − 1 − subtrahend) / divisor⌋`.
    /// - Precondition: `divisor > 0`.
    static func maxMinus(_ subtrahend: UInt64, dividedBy divisor: UInt64) -> UInt256 {
        precondition(divisor > 0)
        let dividend = [UInt64.max, .max, .max, .max - subtrahend]
        var quotient: [UInt64] = []
        var remainder: UInt64 = 0
        for word in dividend {
            let (q, r) = divisor.dividingFullWidth((high: remainder, low: word))
            quotient.append(q)
            remainder = r
        }
        return UInt256(high: quotient[0], upper: quotient[1], lower: quotient[2], low: quotient[3])
    }
}
