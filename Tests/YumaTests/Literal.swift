import JSON
import Primitives
@testable import SubtensorCommands
import Yuma

/// The literal notation of the math cases (see `Tests/Vectors/yuma-cases/README.md`).
///
/// Floating point appears here only to reproduce the Rust tests' `from_num(f32/f64)` literals:
/// the value times `2^frac` is exact in a `Double`, then rounded to nearest, ties to even, as
/// substrate-fixed's `float_helper.rs` does.
enum Literal {
    /// A conversion that overflowed under `strict` (a `#[should_panic]` test panics there).
    struct Overflow: Error {}

    /// The raw bits of a fixed-point literal with `frac` fractional bits, as an `Int128`.
    static func bits(_ value: JSONValue, frac: Int, max: Int128, strict: Bool) throws -> Int128 {
        switch value {
        case .integer, .number:
            let literal = value.numberText!
            guard let float = Float(literal) else { throw CaseError("bad f32 literal \(literal)") }
            return try rounded(Double(float), frac: frac)
        case .string("max"):
            return max
        case .object(let members):
            let object = EpochObject(members)
            if let text = object["f64"]?.text {
                guard let double = Double(text) else { throw CaseError("bad f64 literal \(text)") }
                return try rounded(double, frac: frac)
            }
            if let int = object["int"] {
                let n: Int128 = try int.int()
                let shifted = n << frac
                if strict && (shifted >> frac != n || shifted > max || shifted < -max - 1) { throw Overflow() }
                return shifted
            }
            if let raw = object["bits"] { return try raw.int() }
            throw CaseError("unknown literal \(object.keys)")
        default:
            throw CaseError("unknown literal \(value)")
        }
    }

    private static func rounded(_ value: Double, frac: Int) throws -> Int128 {
        let scaled = (value * Double(sign: .plus, exponent: frac, significand: 1)).rounded(.toNearestOrEven)
        guard let bits = Int128(exactly: scaled) else { throw CaseError("literal \(value) out of range") }
        return bits
    }

    static func fx32(_ value: JSONValue, strict: Bool = false) throws -> I32F32 {
        let bits = try bits(value, frac: 32, max: Int128(Int64.max), strict: strict)
        guard let narrowed = Int64(exactly: bits) else {
            if strict { throw Overflow() }
            return I32F32(bits: Int64(truncatingIfNeeded: bits))
        }
        return I32F32(bits: narrowed)
    }

    static func fx64(_ value: JSONValue, strict: Bool = false) throws -> I64F64 {
        I64F64(bits: try bits(value, frac: 64, max: Int128.max, strict: strict))
    }

    static func vector(_ value: JSONValue) throws -> [I32F32] {
        try value.list().map { try fx32($0) }
    }

    static func dense(_ value: JSONValue) throws -> DenseMatrix {
        DenseMatrix(try value.list().map { try vector($0) })
    }

    static func sparse(_ value: JSONValue) throws -> SparseMatrix {
        try value.list().map { row in
            try row.list().map { pair in
                let items = try pair.list()
                return SparseEntry(try items[0].int(UInt16.self), try fx32(items[1]))
            }
        }
    }
}
