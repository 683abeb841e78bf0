import JSON
@testable import SubtensorCommands
import Testing
import Yuma

/// The `expect` blocks of the epoch cases: `{"field": {"uid": value}}` and
/// `"bonds_dense": {"i": {"j": u16}}` (the dense view `get_bonds()[i][j]`).
enum EpochExpectation {
    /// Checks every asserted value; returns how many were checked.
    static func check(_ expect: EpochObject, _ output: EpochOutput, context: String) throws -> Int {
        var count = 0
        for (field, value) in expect.members {
            let entries = try value.members()
            if field == "bonds_dense" {
                for (i, row) in entries.members {
                    let view = denseView(output.bonds[try index(i)], n: output.bonds.count)
                    for (j, bond) in try row.members().members {
                        #expect(Int(view[try index(j)]) == (try bond.int(Int.self)), "\(context): bonds[\(i)][\(j)]")
                        count += 1
                    }
                }
                continue
            }
            let actual = try vector(field, output)
            for (uid, expected) in entries.members {
                #expect(actual[try index(uid)] == expected, "\(context): \(field)[\(uid)]")
                count += 1
            }
        }
        return count
    }

    /// For the random-weights cases: the listed fields and bond columns agree between the dense
    /// and the sparse run of every step.
    static func checkDenseEqualsSparse(
        _ spec: EpochObject, sparse: [EpochDocument.Result], dense: [EpochDocument.Result], context: String
    ) throws -> Int {
        let fields = try #require(spec["fields"]).list().compactMap(\.text)
        let columns = try #require(spec["bonds_columns"]).list().map { try $0.int(Int.self) }
        #expect(sparse.count == dense.count)
        var count = 0
        for (k, (s, d)) in zip(sparse, dense).enumerated() {
            for field in fields {
                #expect(try vector(field, s.output) == vector(field, d.output), "\(context) step \(k): \(field)")
                count += 1
            }
            let n = s.output.bonds.count
            for i in 0..<n {
                let sparseRow = denseView(s.output.bonds[i], n: n)
                let denseRow = denseView(d.output.bonds[i], n: n)
                for j in columns {
                    #expect(sparseRow[j] == denseRow[j], "\(context) step \(k): bonds[\(i)][\(j)]")
                    count += 1
                }
            }
        }
        return count
    }

    /// A stored row as `get_bonds` reads it: later entries for the same uid win, absent ones are 0.
    static func denseView(_ row: [UIDValue], n: Int) -> [UInt16] {
        var view = [UInt16](repeating: 0, count: n)
        for entry in row { view[Int(entry.uid)] = entry.value }
        return view
    }

    /// Rows as `[[[uid, value], …], …]` integers.
    static func rows(_ rows: [[UIDValue]]) -> [[[Int]]] {
        rows.map { $0.map { [Int($0.uid), Int($0.value)] } }
    }

    static func rows(_ value: JSONValue) throws -> [[[Int]]] {
        try value.list().map { try $0.list().map { try $0.list().map { try $0.int(Int.self) } } }
    }

    /// An output vector as JSON values, so integers and booleans compare alike.
    static func vector(_ field: String, _ output: EpochOutput) throws -> [JSONValue] {
        func numbers<T: BinaryInteger>(_ values: [T]) -> [JSONValue] {
            values.map { Int64(exactly: $0).map(JSONValue.integer) ?? .number(String($0)) }
        }
        switch field {
        case "active": return output.active.map(JSONValue.bool)
        case "rank": return numbers(output.rank)
        case "trust": return numbers(output.trust)
        case "consensus": return numbers(output.consensus)
        case "incentive": return numbers(output.incentive)
        case "dividends": return numbers(output.dividends)
        case "emission": return numbers(output.emission)
        case "validator_trust": return numbers(output.validatorTrust)
        case "validator_permit": return output.validatorPermit.map(JSONValue.bool)
        case "pruning_scores": return numbers(output.pruningScores)
        case "server_emission": return numbers(output.serverEmission)
        case "validator_emission": return numbers(output.validatorEmission)
        default: throw CaseError("unknown output field \(field)")
        }
    }

    private static func index(_ key: String) throws -> Int {
        guard let value = Int(key) else { throw CaseError("bad uid key \(key)") }
        return value
    }
}
