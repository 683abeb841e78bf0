import JSON
@testable import SubtensorCommands
import Testing
import Yuma

/// Generated reference cases (`gen_*.json`, yuma.md §8: regression vectors with the full
/// `expected` output, which must also agree between `epoch` and `epoch_dense`). The shared set
/// ships none of them today; any that are added to `Tests/Vectors/yuma-cases` run here.
@Suite struct GeneratedCaseTests {
    static let cases = ReferenceCases.names(prefix: "gen_")

    @Test(arguments: cases)
    func generatedCaseReproducesItsFullOutput(_ name: String) throws {
        let file = try ReferenceCases.load(name)
        let document = try EpochDocument(bytes: ReferenceCases.bytes(name))
        let sparse = try document.run(defaultVariant: .sparse)
        let dense = try document.run(defaultVariant: .dense)
        // A single epoch carries `expected`; a sequence carries it per step.
        let expectations: [JSONValue?] = document.isSequence
            ? try #require(file["steps"]).list().map { $0.epochObject?["expected"] }
            : [file["expected"]]
        #expect(expectations.count == sparse.count)
        for (k, expected) in expectations.enumerated() {
            let rendered = try #require(try JSONParser.parse(Array(EpochOutputJSON.render(sparse[k]).utf8)).epochObject)
            if let expected = try expected?.members() {
                for (field, value) in expected.members where field != "info" {
                    #expect(rendered[field] == value, "\(name) step \(k): \(field)")
                }
            }
            var s = sparse[k].output, d = dense[k].output
            #expect(EpochExpectation.rows(s.bonds.map { Self.dense($0, n: s.bonds.count) })
                == EpochExpectation.rows(d.bonds.map { Self.dense($0, n: d.bonds.count) }), "\(name) step \(k): bonds")
            s.bonds = []
            d.bonds = []
            #expect(s == d, "\(name) step \(k): dense differs from sparse")
        }
    }

    /// A stored row as a full row of `n` values.
    static func dense(_ row: [UIDValue], n: Int) -> [UIDValue] {
        EpochExpectation.denseView(row, n: n).enumerated().map { UIDValue(uid: UInt16($0.offset), value: $0.element) }
    }
}
