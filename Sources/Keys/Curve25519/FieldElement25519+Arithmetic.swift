extension FieldElement25519 {
    /// One carry pass: limbs below 2^51 + 2^13·19.
    @inline(__always)
    func carried() -> FieldElement25519 {
        let m = Self.mask
        var r = self
        r.l1 &+= r.l0 >> 51
        r.l0 &= m
        r.l2 &+= r.l1 >> 51
        r.l1 &= m
        r.l3 &+= r.l2 >> 51
        r.l2 &= m
        r.l4 &+= r.l3 >> 51
        r.l3 &= m
        r.l0 &+= (r.l4 >> 51) &* 19
        r.l4 &= m
        return r
    }

    /// `a + b` without reduction (limbs add).
    @inline(__always)
    static func + (a: FieldElement25519, b: FieldElement25519) -> FieldElement25519 {
        FieldElement25519(a.l0 &+ b.l0, a.l1 &+ b.l1, a.l2 &+ b.l2, a.l3 &+ b.l3, a.l4 &+ b.l4)
    }

    /// `a − b`, computed as `a + 16p − b` and carried; `b`'s limbs must be below 2^55.
    @inline(__always)
    static func - (a: FieldElement25519, b: FieldElement25519) -> FieldElement25519 {
        FieldElement25519(
            (a.l0 &+ 0x7F_FFFF_FFFF_FED0) &- b.l0,
            (a.l1 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l1,
            (a.l2 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l2,
            (a.l3 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l3,
            (a.l4 &+ 0x7F_FFFF_FFFF_FFF0) &- b.l4
        ).carried()
    }

    /// `−a`.
    @inline(__always)
    func negated() -> FieldElement25519 { FieldElement25519.zero - self }

    @inline(__always)
    static func wide(_ x: UInt64, _ y: UInt64) -> UInt128 { UInt128(x) &* UInt128(y) }

    /// Carries five 128-bit column sums into a field element with limbs below 2^52.
    @inline(__always)
    static func reduce(_ c0: UInt128, _ c1: UInt128, _ c2: UInt128, _ c3: UInt128, _ c4: UInt128) -> FieldElement25519 {
        let m = UInt128(mask)
        var c1 = c1, c2 = c2, c3 = c3, c4 = c4
        c1 &+= c0 >> 51
        let r0 = c0 & m
        c2 &+= c1 >> 51
        let r1 = UInt64(truncatingIfNeeded: c1 & m)
        c3 &+= c2 >> 51
        let r2 = UInt64(truncatingIfNeeded: c2 & m)
        c4 &+= c3 >> 51
        let r3 = UInt64(truncatingIfNeeded: c3 & m)
        let r4 = UInt64(truncatingIfNeeded: c4 & m)
        let t0 = r0 &+ (c4 >> 51) &* 19
        let l0 = UInt64(truncatingIfNeeded: t0 & m)
        let l1 = r1 &+ UInt64(truncatingIfNeeded: t0 >> 51)
        return FieldElement25519(l0, l1, r2, r3, r4)
    }

    /// `self · b`.
    @inline(__always)
    func multiplied(by b: FieldElement25519) -> FieldElement25519 {
        let a = self
        let b1 = b.l1 &* 19, b2 = b.l2 &* 19, b3 = b.l3 &* 19, b4 = b.l4 &* 19
        let c0 = Self.wide(a.l0, b.l0) &+ Self.wide(a.l4, b1) &+ Self.wide(a.l3, b2) &+ Self.wide(a.l2, b3) &+ Self.wide(a.l1, b4)
        let c1 = Self.wide(a.l1, b.l0) &+ Self.wide(a.l0, b.l1) &+ Self.wide(a.l4, b2) &+ Self.wide(a.l3, b3) &+ Self.wide(a.l2, b4)
        let c2 = Self.wide(a.l2, b.l0) &+ Self.wide(a.l1, b.l1) &+ Self.wide(a.l0, b.l2) &+ Self.wide(a.l4, b3) &+ Self.wide(a.l3, b4)
        let c3 = Self.wide(a.l3, b.l0) &+ Self.wide(a.l2, b.l1) &+ Self.wide(a.l1, b.l2) &+ Self.wide(a.l0, b.l3) &+ Self.wide(a.l4, b4)
        let c4 = Self.wide(a.l4, b.l0) &+ Self.wide(a.l3, b.l1) &+ Self.wide(a.l2, b.l2) &+ Self.wide(a.l1, b.l3) &+ Self.wide(a.l0, b.l4)
        return Self.reduce(c0, c1, c2, c3, c4)
    }

    @inline(__always)
    static func * (a: FieldElement25519, b: FieldElement25519) -> FieldElement25519 { a.multiplied(by: b) }

    /// `self²`.
    @inline(__always)
    func squared() -> FieldElement25519 {
        let a0 = l0, a1 = l1, a2 = l2, a3 = l3, a4 = l4
        let d0 = a0 &* 2, d1 = a1 &* 2, d2 = a2 &* 2, d3 = a3 &* 2
        let a3x19 = a3 &* 19, a4x19 = a4 &* 19
        let c0 = Self.wide(a0, a0) &+ Self.wide(d1, a4x19) &+ Self.wide(d2, a3x19)
        let c1 = Self.wide(d0, a1) &+ Self.wide(d2, a4x19) &+ Self.wide(a3, a3x19)
        let c2 = Self.wide(d0, a2) &+ Self.wide(a1, a1) &+ Self.wide(d3, a4x19)
        let c3 = Self.wide(d0, a3) &+ Self.wide(d1, a2) &+ Self.wide(a4, a4x19)
        let c4 = Self.wide(d0, a4) &+ Self.wide(d1, a3) &+ Self.wide(a2, a2)
        return Self.reduce(c0, c1, c2, c3, c4)
    }

    /// `self^(2^k)`.

    func squared(times k: Int) -> FieldElement25519 {
        var r = self
        for _ in 0..<k { r = r.squared() }
        return r
    }
}
