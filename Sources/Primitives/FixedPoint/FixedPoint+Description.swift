// Exact decimal text of a fixed-point value.

extension FixedPoint {
    /// The exact decimal value (every binary fraction has a finite decimal expansion), e.g.
    /// `0.5`, `-1.25`, `0.1000000000931322574615478515625` for `I32F32(bits: 429496730)`.
    public var description: String {
        let negative = bits < 0
        let magnitude = UInt128(truncatingIfNeeded: bits.magnitude)
        let k = Self.fractionalBitCount
        let integerPart = k >= 128 ? 0 : magnitude >> k
        var fraction = k == 0 ? 0 : (k >= 128 ? magnitude : magnitude & ((1 << k) - 1))
        var text = negative ? "-" : ""
        text += String(integerPart)
        guard fraction != 0 else { return text }
        text += "."
        // Multiply the fraction by ten and take the digit carried out above bit k. For k ≤ 124
        // the product fits in 128 bits.
        precondition(k <= 124, "description supports up to 124 fractional bits")
        let mask: UInt128 = (1 << k) - 1
        while fraction != 0 {
            fraction *= 10
            text += String(fraction >> k)
            fraction &= mask
        }
        return text
    }
}
