/// `a·A + b·B` for a variable point `A` and the base point `B`, in variable time (Straus's
/// method with width-5 NAF for `A` and width-8 NAF over a precomputed table for `B`).
/// Only for public inputs: signature verification.
enum VartimeDoubleBaseMultiplication {
    /// Odd multiples `B, 3B, …, 127B` of the base point, in affine Niels form.
    static let baseTable: [AffineNielsPoint] = {
        var table: [AffineNielsPoint] = []
        table.reserveCapacity(64)
        let b = EdwardsPoint.base
        let b2 = b.doubled().cached
        var current = b
        for _ in 0..<64 {
            table.append(current.affineNiels)
            current = (current + b2).extended
        }
        return table
    }()

    /// Computes `a·A + b·B`; scalars are 32-byte little-endian values below 2^253.
    static func multiply(a: [UInt8], point: EdwardsPoint, b: [UInt8]) -> EdwardsPoint {
        let aNAF = nonAdjacentForm(a, width: 5)
        let bNAF = nonAdjacentForm(b, width: 8)
        // Odd multiples A, 3A, …, 15A.
        var tableA: [CachedPoint] = []
        tableA.reserveCapacity(8)
        let a2 = point.doubled().cached
        var current = point
        tableA.append(current.cached)
        for _ in 1..<8 {
            current = (current + a2).extended
            tableA.append(current.cached)
        }
        return baseTable.withUnsafeBufferPointer { tableB in
            tableA.withUnsafeBufferPointer { tableA in
                aNAF.withUnsafeBufferPointer { aNAF in
                    bNAF.withUnsafeBufferPointer { bNAF in
                        loop(aNAF: aNAF, tableA: tableA, bNAF: bNAF, tableB: tableB)
                    }
                }
            }
        }
    }

    private static func loop(
        aNAF: UnsafeBufferPointer<Int8>, tableA: UnsafeBufferPointer<CachedPoint>,
        bNAF: UnsafeBufferPointer<Int8>, tableB: UnsafeBufferPointer<AffineNielsPoint>
    ) -> EdwardsPoint {
        let tableA = tableA.baseAddress!
        let tableB = tableB.baseAddress!
        var i = 255
        while i >= 0, aNAF[i] == 0, bNAF[i] == 0 { i -= 1 }
        var r = ProjectivePoint.identity
        while i >= 0 {
            var t = r.doubled()
            let ai = aNAF[i]
            if ai > 0 {
                t = t.extended + (tableA + Int(ai) / 2).pointee
            } else if ai < 0 {
                t = t.extended - (tableA + Int(-ai) / 2).pointee
            }
            let bi = bNAF[i]
            if bi > 0 {
                t = t.extended + (tableB + Int(bi) / 2).pointee
            } else if bi < 0 {
                t = t.extended - (tableB + Int(-bi) / 2).pointee
            }
            if i == 0 { return t.extended }
            r = t.projective
            i -= 1
        }
        return .identity
    }

    /// The width-`w` non-adjacent form of a 256-bit little-endian scalar: 256 digits, each zero
    /// or odd in `(−2^(w−1), 2^(w−1))`, non-zero digits at least `w` apart.
    static func nonAdjacentForm(_ scalar: [UInt8], width w: Int) -> [Int8] {
        var words = [UInt64](repeating: 0, count: 5)
        for i in 0..<32 { words[i / 8] |= UInt64(scalar[i]) << UInt64(8 * (i % 8)) }
        var naf = [Int8](repeating: 0, count: 256)
        let windowSize: UInt64 = 1 << UInt64(w)
        let windowMask = windowSize - 1
        var position = 0
        var carry: UInt64 = 0
        while position < 256 {
            let wordIndex = position / 64
            let bitIndex = UInt64(position % 64)
            let bits: UInt64
            if bitIndex < 64 - UInt64(w) {
                bits = words[wordIndex] >> bitIndex
            } else {
                bits = (words[wordIndex] >> bitIndex) | (words[wordIndex + 1] << (64 - bitIndex))
            }
            let window = carry + (bits & windowMask)
            if window & 1 == 0 {
                position += 1
                continue
            }
            if window < windowSize / 2 {
                carry = 0
                naf[position] = Int8(window)
            } else {
                carry = 1
                naf[position] = Int8(Int(window) - Int(windowSize))
            }
            position += w
        }
        return naf
    }
}
