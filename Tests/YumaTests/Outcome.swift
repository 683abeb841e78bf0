import JSON
import Primitives
@testable import SubtensorCommands
import Yuma

/// A math call's result, or a case's expectation, as a tree of exact values.
indirect enum Outcome: Equatable, CustomStringConvertible {
    /// The raw bits of a fixed-point value.
    case fixed(Int128)
    case integer(Int128)
    case bool(Bool)
    case list([Outcome])

    init(_ value: I32F32) { self = .fixed(Int128(value.bits)) }
    init(_ value: I64F64) { self = .fixed(value.bits) }
    init(_ values: [I32F32]) { self = .list(values.map(Outcome.init)) }
    init(_ matrix: DenseMatrix) { self = .list(matrix.rowArrays.map(Outcome.init)) }
    init(_ matrix: SparseMatrix) {
        self = .list(matrix.map { row in .list(row.map { .list([.integer(Int128($0.column)), Outcome($0.value)]) }) })
    }
    init<T: BinaryInteger>(integers: [T]) { self = .list(integers.map { .integer(Int128($0)) }) }
    init(bools: [Bool]) { self = .list(bools.map(Outcome.bool)) }

    /// The expectation `value` of a case with `expect_type` `type`.
    init(expected value: JSONValue, type: String) throws {
        switch (type, value) {
        case (_, .array(let items)) where type != "sparse_fx32":
            self = .list(try items.map { try Outcome(expected: $0, type: type) })
        case ("sparse_fx32", .array(let rows)):
            self = .list(try rows.map { row in
                .list(try row.list().map { pair in
                    let items = try pair.list()
                    return .list([.integer(try items[0].int()), Outcome(try Literal.fx32(items[1]))])
                })
            })
        case ("fx32", _): self = Outcome(try Literal.fx32(value))
        case ("fx64", _): self = Outcome(try Literal.fx64(value))
        case ("raw", .bool(let flag)): self = .bool(flag)
        case ("raw", _): self = .integer(try value.int())
        default: throw CaseError("cannot read expectation \(value) of type \(type)")
        }
    }

    /// Equal in shape, integers and booleans equal, fixed values within `epsilon` bits.
    func matches(_ other: Outcome, epsilon: Int128) -> Bool {
        switch (self, other) {
        case let (.fixed(a), .fixed(b)): return (a - b).magnitude <= epsilon.magnitude
        case let (.list(a), .list(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.matches($1, epsilon: epsilon) }
        default: return self == other
        }
    }

    var description: String {
        switch self {
        case .fixed(let bits): return "fx(\(bits))"
        case .integer(let value): return "\(value)"
        case .bool(let flag): return "\(flag)"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
