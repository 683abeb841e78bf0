/// A point of the twisted Edwards curve `−x² + y² = 1 + d·x²·y²` (Curve25519 in Edwards form)
/// in extended coordinates `(X : Y : Z : T)` with `x = X/Z`, `y = Y/Z`, `x·y = T/Z`.
/// Variable time: used only on public data (signature verification).
struct EdwardsPoint: Sendable {
    var x: FieldElement25519
    var y: FieldElement25519
    var z: FieldElement25519
    var t: FieldElement25519

    static let identity = EdwardsPoint(x: .zero, y: .one, z: .one, t: .zero)

    /// The standard base point (`y = 4/5`, `x` positive).
    static let base: EdwardsPoint = {
        let x = FieldElement25519(hexLittleEndian: "1ad5258f602d56c9b2a7259560c72c695cdcd6fd31e2a4c0fe536ecdd3366921")
        let y = FieldElement25519(hexLittleEndian: "5866666666666666666666666666666666666666666666666666666666666666")
        return EdwardsPoint(x: x, y: y, z: .one, t: x * y)
    }()

    /// `−P`.
    func negated() -> EdwardsPoint { EdwardsPoint(x: x.negated(), y: y, z: z, t: t.negated()) }

    /// The cached form for repeated additions.
    var cached: CachedPoint {
        CachedPoint(yPlusX: y + x, yMinusX: y - x, z: z, t2d: t * FieldElement25519.edwardsD2)
    }

    /// The affine Niels form (requires an inversion; used for precomputed tables).
    var affineNiels: AffineNielsPoint {
        let zInverse = z.inverted()
        let ax = x * zInverse
        let ay = y * zInverse
        return AffineNielsPoint(yPlusX: ay + ax, yMinusX: ay - ax, xy2d: (ax * ay) * FieldElement25519.edwardsD2)
    }

    /// The projective form (drops `T`).
    var projective: ProjectivePoint { ProjectivePoint(x: x, y: y, z: z) }

    static func + (p: EdwardsPoint, q: CachedPoint) -> CompletedPoint {
        let a = (p.y - p.x) * q.yMinusX
        let b = (p.y + p.x) * q.yPlusX
        let c = p.t * q.t2d
        let zz = p.z * q.z
        let d = zz + zz
        return CompletedPoint(x: b - a, y: b + a, z: d + c, t: d - c)
    }

    static func - (p: EdwardsPoint, q: CachedPoint) -> CompletedPoint {
        let a = (p.y - p.x) * q.yPlusX
        let b = (p.y + p.x) * q.yMinusX
        let c = p.t * q.t2d
        let zz = p.z * q.z
        let d = zz + zz
        return CompletedPoint(x: b - a, y: b + a, z: d - c, t: d + c)
    }

    static func + (p: EdwardsPoint, q: AffineNielsPoint) -> CompletedPoint {
        let a = (p.y - p.x) * q.yMinusX
        let b = (p.y + p.x) * q.yPlusX
        let c = p.t * q.xy2d
        let d = p.z + p.z
        return CompletedPoint(x: b - a, y: b + a, z: d + c, t: d - c)
    }

    static func - (p: EdwardsPoint, q: AffineNielsPoint) -> CompletedPoint {
        let a = (p.y - p.x) * q.yPlusX
        let b = (p.y + p.x) * q.yMinusX
        let c = p.t * q.xy2d
        let d = p.z + p.z
        return CompletedPoint(x: b - a, y: b + a, z: d - c, t: d + c)
    }

    static func + (p: EdwardsPoint, q: EdwardsPoint) -> EdwardsPoint { (p + q.cached).extended }

    /// `2P`.
    func doubled() -> EdwardsPoint { projective.doubled().extended }
}

/// `(X : Y : Z)` without `T`: enough for doubling.
struct ProjectivePoint: Sendable {
    var x: FieldElement25519
    var y: FieldElement25519
    var z: FieldElement25519

    static let identity = ProjectivePoint(x: .zero, y: .one, z: .one)

    /// `2P` as a completed point (dbl-2008-hwcd with a = −1).
    func doubled() -> CompletedPoint {
        let xx = x.squared()
        let yy = y.squared()
        let zz = z.squared()
        let zz2 = zz + zz
        let xPlusY = x + y
        let xPlusYSquared = xPlusY.squared()
        let yyPlusXX = yy + xx
        let yyMinusXX = yy - xx
        return CompletedPoint(x: xPlusYSquared - yyPlusXX, y: yyPlusXX, z: yyMinusXX, t: zz2 - yyMinusXX)
    }
}

/// `((X : Z), (Y : T))`: the output of an addition or doubling before the final multiplications.
struct CompletedPoint: Sendable {
    var x: FieldElement25519
    var y: FieldElement25519
    var z: FieldElement25519
    var t: FieldElement25519

    var projective: ProjectivePoint { ProjectivePoint(x: x * t, y: y * z, z: z * t) }
    var extended: EdwardsPoint { EdwardsPoint(x: x * t, y: y * z, z: z * t, t: x * y) }
}

/// `(Y + X, Y − X, Z, 2d·T)`: a point prepared for additions.
struct CachedPoint: Sendable {
    var yPlusX: FieldElement25519
    var yMinusX: FieldElement25519
    var z: FieldElement25519
    var t2d: FieldElement25519
}

/// `(y + x, y − x, 2d·x·y)` with `Z = 1`: a precomputed table entry.
struct AffineNielsPoint: Sendable {
    var yPlusX: FieldElement25519
    var yMinusX: FieldElement25519
    var xy2d: FieldElement25519
}

extension FieldElement25519 {
    /// `self^(p − 2) = 1/self` (zero for zero).
    func inverted() -> FieldElement25519 {
        // self^(2^255 − 21) = (self^(2^252 − 3))^8 · self^3
        let t = power22523().squared(times: 3)
        return t * squared() * self
    }
}
