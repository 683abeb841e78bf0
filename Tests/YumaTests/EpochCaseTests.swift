import JSON
@testable import SubtensorCommands
import Testing
@testable import Yuma

/// Every `rust_*` reference case (each `#[test]` of subtensor's `tests/epoch.rs`), run through
/// `subtensor epoch`'s document reader and the `Yuma` library.
@Suite struct EpochCaseTests {
    static let cases = ReferenceCases.names(prefix: "rust_")

    @Test func allThirtySixRustCasesArePresent() {
        #expect(Self.cases.count == 36)
    }

    @Test(arguments: cases)
    func rustCaseReproduces(_ name: String) throws {
        let file = try ReferenceCases.load(name)
        let document = try EpochDocument(bytes: ReferenceCases.bytes(name))
        let results = try document.run(defaultVariant: .sparse)
        let steps = try #require(file["steps"]).list()
        #expect(results.count == steps.count)
        var checked = 0
        for (k, (step, result)) in zip(steps, results).enumerated() {
            let step = try step.members()
            if let expect = step["expect"] {
                checked += try EpochExpectation.check(try expect.members(), result.output, context: "\(name) step \(k)")
            }
            if let trace = step["trace_expect"]?.epochObject {
                if let emission = trace["emission"] {
                    #expect(result.output.emission == (try emission.list().map { try $0.int(UInt64.self) }),
                            "\(name) step \(k): emission trace")
                    checked += 1
                }
                if let bonds = trace["bonds_in"] {
                    #expect(EpochExpectation.rows(result.input.bonds) == (try EpochExpectation.rows(bonds)),
                            "\(name) step \(k): stored bonds before the epoch")
                    checked += 1
                }
            }
        }
        if let equal = file["expect_dense_equals_sparse"]?.epochObject {
            let dense = try document.run(defaultVariant: .dense)
            checked += try EpochExpectation.checkDenseEqualsSparse(equal, sparse: results, dense: dense, context: name)
        }
        #expect(checked > 0, "\(name) asserts nothing")
    }
}
